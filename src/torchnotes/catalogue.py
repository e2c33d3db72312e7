"""The topic catalogue: the groups in reading order and one row per documented topic.

Data only; :mod:`torchnotes.registry` turns every row into a ``Topic`` and is what the rest
of the package, the site and the tests read. A row is ``(id, group, api, helper, docs)``:
the stable id of ``../shared/topics.tsv`` (file and page names), the group id, the API as
readers know it, the dotted path of the helper, and the official documentation (or the
paper, for a concept). Add a topic by adding its row in its group's place below.
"""

from __future__ import annotations

#: Group ids in reading order, with their titles per language.
GROUPS: dict[str, dict[str, str]] = {
    "tensors": {"zh": "创建张量", "en": "Creating tensors"},
    "math": {"zh": "数学运算", "en": "Math"},
    "shape": {"zh": "形状变换", "en": "Shape"},
    "indexing": {"zh": "索引与选取", "en": "Indexing"},
    "random": {"zh": "随机数与可复现性", "en": "Randomness"},
    "autograd": {"zh": "自动求导", "en": "Autograd"},
    "layers": {"zh": "网络层", "en": "Layers"},
    "containers": {"zh": "模块容器", "en": "Containers"},
    "activations": {"zh": "激活函数", "en": "Activations"},
    "losses": {"zh": "损失函数", "en": "Losses"},
    "optim": {"zh": "优化器", "en": "Optimizers"},
    "data": {"zh": "数据加载", "en": "Data"},
    "io": {"zh": "保存与加载", "en": "Saving and loading"},
    "devices": {"zh": "设备与 CUDA", "en": "Devices and CUDA"},
    "distributed": {"zh": "分布式训练", "en": "Distributed"},
    "amp": {"zh": "混合精度", "en": "Mixed precision"},
    "profiling": {"zh": "性能分析与可视化", "en": "Profiling"},
    "compile": {"zh": "编译与扩展", "en": "Compilation"},
    "quantization": {"zh": "量化", "en": "Quantization"},
    "pruning": {"zh": "剪枝", "en": "Pruning"},
    "concepts": {"zh": "核心概念", "en": "Concepts"},
    "vision": {"zh": "计算机视觉", "en": "Vision"},
    "text": {"zh": "文本处理", "en": "Text"},
}

_PT = "https://docs.pytorch.org/docs/stable/"


def _pt(name: str) -> str:
    """Official page of a ``torch`` callable documented under ``generated/``."""
    return f"{_PT}generated/{name}.html"


_EINOPS = "https://einops.rocks/api/rearrange/"

#: One row per topic: (id, group, api, helper, docs).
TOPIC_ROWS: list[tuple[str, str, str, str, str]] = [
    # tensors
    ("tensor", "tensors", "torch.tensor", "torchnotes.tensors.infer_dtype", _pt("torch.tensor")),
    ("as-tensor", "tensors", "torch.as_tensor", "torchnotes.tensors.shares_memory",
     _pt("torch.as_tensor")),
    ("from-numpy", "tensors", "torch.from_numpy", "torchnotes.tensors.dtype_from_numpy",
     _pt("torch.from_numpy")),
    ("zeros", "tensors", "torch.zeros", "torchnotes.tensors.zeros", _pt("torch.zeros")),
    ("ones", "tensors", "torch.ones", "torchnotes.tensors.ones", _pt("torch.ones")),
    ("arange", "tensors", "torch.arange", "torchnotes.tensors.arange", _pt("torch.arange")),
    ("linspace", "tensors", "torch.linspace", "torchnotes.tensors.linspace",
     _pt("torch.linspace")),
    ("device", "tensors", "torch.device", "torchnotes.tensors.describe",
     f"{_PT}tensor_attributes.html#torch.device"),
    ("parameter", "tensors", "torch.nn.Parameter", "torchnotes.tensors.count_parameters",
     _pt("torch.nn.parameter.Parameter")),
    ("variable", "tensors", "torch.autograd.Variable", "torchnotes.tensors.as_leaf",
     f"{_PT}autograd.html#variable-deprecated"),
    # math
    ("exp", "math", "torch.exp", "torchnotes.math.logsumexp", _pt("torch.exp")),
    ("log", "math", "torch.log", "torchnotes.math.xlogy", _pt("torch.log")),
    ("sin-cos", "math", "torch.sin / torch.cos", "torchnotes.math.sinusoidal_encoding",
     _pt("torch.sin")),
    ("add-mul-div", "math", "torch.add / torch.mul / torch.div", "torchnotes.math.div",
     _pt("torch.div")),
    ("matmul", "math", "torch.matmul", "torchnotes.math.matmul", _pt("torch.matmul")),
    ("einsum", "math", "torch.einsum", "torchnotes.math.einsum", _pt("torch.einsum")),
    ("clamp", "math", "torch.clamp", "torchnotes.math.clamp", _pt("torch.clamp")),
    ("nan-to-num", "math", "torch.nan_to_num", "torchnotes.math.nan_to_num",
     _pt("torch.nan_to_num")),
    ("mean-std-var", "math", "torch.mean / torch.std / torch.var", "torchnotes.math.var",
     _pt("torch.var")),
    ("sort", "math", "torch.sort", "torchnotes.math.sort", _pt("torch.sort")),
    ("topk", "math", "torch.topk", "torchnotes.math.topk", _pt("torch.topk")),
    # shape
    ("cat", "shape", "torch.cat", "torchnotes.shape.cat", _pt("torch.cat")),
    ("stack", "shape", "torch.stack", "torchnotes.shape.stack", _pt("torch.stack")),
    ("split", "shape", "torch.split", "torchnotes.shape.split_sizes", _pt("torch.split")),
    ("chunk", "shape", "torch.chunk", "torchnotes.shape.chunk_sizes", _pt("torch.chunk")),
    ("squeeze", "shape", "torch.squeeze", "torchnotes.shape.squeeze", _pt("torch.squeeze")),
    ("rearrange", "shape", "einops.rearrange", "torchnotes.shape.rearrange", _EINOPS),
    ("pad", "shape", "torch.nn.functional.pad", "torchnotes.shape.pad",
     _pt("torch.nn.functional.pad")),
    # indexing
    ("gather", "indexing", "torch.gather", "torchnotes.indexing.gather", _pt("torch.gather")),
    ("index-select", "indexing", "torch.index_select", "torchnotes.indexing.index_select",
     _pt("torch.index_select")),
    ("masked-select", "indexing", "torch.masked_select", "torchnotes.indexing.masked_select",
     _pt("torch.masked_select")),
    ("nonzero", "indexing", "torch.nonzero", "torchnotes.indexing.nonzero",
     _pt("torch.nonzero")),
    # random
    ("randn", "random", "torch.randn", "torchnotes.random.box_muller", _pt("torch.randn")),
    ("randint", "random", "torch.randint", "torchnotes.random.randint_inclusive",
     _pt("torch.randint")),
    ("randperm", "random", "torch.randperm", "torchnotes.random.train_val_split",
     _pt("torch.randperm")),
    ("manual-seed", "random", "torch.manual_seed / torch.cuda.manual_seed_all",
     "torchnotes.random.seed_everything", _pt("torch.manual_seed")),
    ("deterministic", "random", "torch.backends.cudnn.deterministic",
     "torchnotes.random.deterministic_mode", f"{_PT}notes/randomness.html"),
    # layers
    ("embedding", "layers", "torch.nn.Embedding", "torchnotes.layers.embedding",
     _pt("torch.nn.Embedding")),
    ("linear", "layers", "torch.nn.Linear", "torchnotes.layers.linear",
     _pt("torch.nn.Linear")),
    ("conv2d", "layers", "torch.nn.Conv2d", "torchnotes.layers.conv2d",
     _pt("torch.nn.Conv2d")),
    ("conv-transpose2d", "layers", "torch.nn.ConvTranspose2d",
     "torchnotes.layers.conv_transpose2d", _pt("torch.nn.ConvTranspose2d")),
    ("maxpool1d", "layers", "torch.nn.MaxPool1d", "torchnotes.layers.maxpool1d",
     _pt("torch.nn.MaxPool1d")),
    ("reflection-pad1d", "layers", "torch.nn.ReflectionPad1d",
     "torchnotes.layers.reflection_pad1d", _pt("torch.nn.ReflectionPad1d")),
    ("dropout", "layers", "torch.nn.Dropout", "torchnotes.layers.dropout",
     _pt("torch.nn.Dropout")),
    ("dropout2d", "layers", "torch.nn.Dropout2d", "torchnotes.layers.dropout2d",
     _pt("torch.nn.Dropout2d")),
    ("batchnorm1d", "layers", "torch.nn.BatchNorm1d", "torchnotes.layers.batchnorm1d",
     _pt("torch.nn.BatchNorm1d")),
    ("instancenorm2d", "layers", "torch.nn.InstanceNorm2d",
     "torchnotes.layers.instance_norm2d", _pt("torch.nn.InstanceNorm2d")),
    ("layernorm", "layers", "torch.nn.LayerNorm", "torchnotes.layers.layer_norm",
     _pt("torch.nn.LayerNorm")),
    # layers: linear ... layernorm (add rows above this line)
    ("lstm-cell", "layers", "torch.nn.LSTMCell", "torchnotes.layers.lstm_cell",
     _pt("torch.nn.LSTMCell")),
    ("gru-cell", "layers", "torch.nn.GRUCell", "torchnotes.layers.gru_cell",
     _pt("torch.nn.GRUCell")),
    ("lstm", "layers", "torch.nn.LSTM", "torchnotes.layers.lstm", _pt("torch.nn.LSTM")),
    ("gru", "layers", "torch.nn.GRU", "torchnotes.layers.gru", _pt("torch.nn.GRU")),
    ("sdpa", "layers", "torch.nn.functional.scaled_dot_product_attention",
     "torchnotes.layers.scaled_dot_product_attention",
     _pt("torch.nn.functional.scaled_dot_product_attention")),
    ("multihead-attention", "layers", "torch.nn.MultiheadAttention",
     "torchnotes.layers.multihead_attention", _pt("torch.nn.MultiheadAttention")),
    ("transformer", "layers", "torch.nn.Transformer", "torchnotes.layers.transformer_encoder_layer",
     _pt("torch.nn.Transformer")),
    # layers: recurrent and attention (add rows above this line)
    ("no-grad", "autograd", "torch.no_grad", "torchnotes.autograd.grad_mode_report",
     _pt("torch.no_grad")),
    ("backward", "autograd", "torch.autograd.backward / Tensor.backward",
     "torchnotes.autograd.vjp", _pt("torch.Tensor.backward")),
    ("computational-graph", "autograd", "grad_fn / next_functions / leaf tensors",
     "torchnotes.autograd.graph_nodes", "https://docs.pytorch.org/docs/stable/notes/autograd.html"),
    ("autograd-function", "autograd", "torch.autograd.Function", "torchnotes.autograd.softplus",
     f"{_PT}autograd.html#torch.autograd.Function"),
    ("gradcheck", "autograd", "torch.autograd.gradcheck", "torchnotes.autograd.gradcheck",
     _pt("torch.autograd.gradcheck.gradcheck")),
    # autograd (add rows above this line)
    ("module", "containers", "torch.nn.Module", "torchnotes.containers.registered",
     _pt("torch.nn.Module")),
    ("sequential", "containers", "torch.nn.Sequential", "torchnotes.containers.sequential_forward",
     _pt("torch.nn.Sequential")),
    ("module-dict", "containers", "torch.nn.ModuleDict", "torchnotes.containers.unregistered",
     _pt("torch.nn.ModuleDict")),
    ("eval-mode", "containers", "torch.nn.Module.eval / train", "torchnotes.containers.compare_modes",
     f"{_PT}generated/torch.nn.Module.html#torch.nn.Module.eval"),
    # containers (add rows above this line)
    ("forward-pass", "concepts", "forward propagation", "torchnotes.concepts.two_layer_forward",
     f"{_PT}notes/modules.html"),
    ("backpropagation", "concepts", "backpropagation and gradient descent",
     "torchnotes.concepts.two_layer_backward", "https://doi.org/10.1038/323533a0"),
    ("fully-connected", "concepts", "fully connected layer", "torchnotes.concepts.mlp_parameter_count",
     _pt("torch.nn.Linear")),
    ("weights-bias", "concepts", "weights and bias", "torchnotes.concepts.reset_linear_",
     f"{_PT}nn.init.html"),
    ("residual", "concepts", "residual block (ResNet)", "torchnotes.concepts.BasicBlock",
     "https://arxiv.org/abs/1512.03385"),
    ("lora", "concepts", "LoRA (low-rank adaptation)", "torchnotes.concepts.LoRALinear",
     "https://arxiv.org/abs/2106.09685"),
    ("clip", "concepts", "CLIP contrastive image-text loss", "torchnotes.concepts.clip_loss",
     "https://arxiv.org/abs/2103.00020"),
    # concepts (add rows above this line)
    # activations
    ("softmax", "activations", "torch.nn.functional.softmax", "torchnotes.activations.softmax",
     _pt("torch.nn.functional.softmax")),
    ("relu", "activations", "torch.nn.ReLU / torch.nn.functional.relu",
     "torchnotes.activations.relu", _pt("torch.nn.functional.relu")),
    ("gelu", "activations", "torch.nn.GELU", "torchnotes.activations.gelu", _pt("torch.nn.GELU")),
    ("sigmoid", "activations", "torch.nn.Sigmoid / torch.sigmoid", "torchnotes.activations.sigmoid",
     _pt("torch.sigmoid")),
    ("tanh", "activations", "torch.tanh", "torchnotes.activations.tanh", _pt("torch.tanh")),
    # losses
    ("cross-entropy", "losses", "torch.nn.functional.cross_entropy", "torchnotes.losses.cross_entropy",
     _pt("torch.nn.functional.cross_entropy")),
    ("kl-divergence", "losses", "torch.nn.functional.kl_div", "torchnotes.losses.kl_div",
     _pt("torch.nn.functional.kl_div")),
    ("gaussian", "losses", "torch.distributions.Normal", "torchnotes.losses.Normal",
     f"{_PT}distributions.html#torch.distributions.normal.Normal"),
    ("sgd", "optim", "torch.optim.SGD", "torchnotes.optim.sgd", _pt("torch.optim.SGD")),
    ("adam", "optim", "torch.optim.Adam", "torchnotes.optim.adam", _pt("torch.optim.Adam")),
    ("adamw", "optim", "torch.optim.AdamW", "torchnotes.optim.adamw", _pt("torch.optim.AdamW")),
    ("rmsprop", "optim", "torch.optim.RMSprop", "torchnotes.optim.rmsprop", _pt("torch.optim.RMSprop")),
    ("adagrad", "optim", "torch.optim.Adagrad", "torchnotes.optim.adagrad", _pt("torch.optim.Adagrad")),
    ("lr-scheduler", "optim", "torch.optim.lr_scheduler", "torchnotes.optim.cosine_annealing_lr",
     f"{_PT}optim.html#how-to-adjust-learning-rate"),
    ("training-step", "optim", "optimizer.zero_grad / loss.backward / optimizer.step",
     "torchnotes.optim.train_step", f"{_PT}optim.html#taking-an-optimization-step"),
    # optim (add rows above this line)
    ("cuda-available", "devices", "torch.cuda.is_available", "torchnotes.devices.pick_device",
     _pt("torch.cuda.is_available")),
    ("pin-memory", "devices", "torch.Tensor.pin_memory", "torchnotes.devices.move_batch",
     _pt("torch.Tensor.pin_memory")),
    ("empty-cache", "devices", "torch.cuda.empty_cache", "torchnotes.devices.cuda_memory",
     _pt("torch.cuda.memory.empty_cache")),
    ("cuda-stream", "devices", "torch.cuda.Stream", "torchnotes.devices.elapsed_ms",
     _pt("torch.cuda.Stream")),
    # devices (add rows above this line)
    ("distributed", "distributed", "torch.distributed / DistributedSampler",
     "torchnotes.distributed.distributed_sampler_indices", f"{_PT}distributed.html"),
    ("ddp", "distributed", "torch.nn.parallel.DistributedDataParallel",
     "torchnotes.distributed.ddp_gradients", _pt("torch.nn.parallel.DistributedDataParallel")),
    ("data-parallel", "distributed", "torch.nn.DataParallel", "torchnotes.distributed.data_parallel_apply",
     _pt("torch.nn.DataParallel")),
    # distributed (add rows above this line)
    ("autocast", "amp", "torch.autocast", "torchnotes.amp.autocast_dtypes",
     f"{_PT}amp.html#torch.autocast"),
    ("cuda-amp", "amp", "torch.cuda.amp (deprecated: torch.amp)", "torchnotes.amp.grad_scaler_update",
     f"{_PT}amp.html#gradient-scaling"),
    # amp (add rows above this line)
    ("profiler", "profiling", "torch.profiler / torch.autograd.profiler.profile",
     "torchnotes.profiling.profiler_action", f"{_PT}profiler.html"),
    ("torchviz", "profiling", "torchviz (make_dot)", "torchnotes.profiling.to_dot",
     "https://github.com/szagoruyko/pytorchviz"),
    ("model-summary", "profiling", "torchsummary / torchinfo", "torchnotes.profiling.summary",
     "https://github.com/TylerYep/torchinfo"),
    # profiling (add rows above this line)
    ("jit", "compile", "torch.jit", "torchnotes.compile.trace_mismatches", f"{_PT}jit.html"),
    ("cpp-extension", "compile", "torch.utils.cpp_extension", "torchnotes.compile.softshrink",
     f"{_PT}cpp_extension.html"),
    # compile (add rows above this line)
    ("quantize-dynamic", "quantization", "torch.ao.quantization.quantize_dynamic",
     "torchnotes.quantization.dynamic_quantize_linear_weight",
     _pt("torch.ao.quantization.quantize_dynamic")),
    ("quant-stub", "quantization", "torch.ao.quantization.QuantStub / DeQuantStub",
     "torchnotes.quantization.minmax_qparams", _pt("torch.ao.quantization.QuantStub")),
    # quantization (add rows above this line)
    ("prune", "pruning", "torch.nn.utils.prune", "torchnotes.pruning.l1_unstructured_mask",
     f"{_PT}nn.html#module-torch.nn.utils.prune"),
    # pruning (add rows above this line)
    ("save-load", "io", "torch.save / torch.load", "torchnotes.io.save_checkpoint",
     _pt("torch.load")),
    # io (add rows above this line)
    ("vision-transforms", "vision", "torchvision.transforms (Resize, Normalize, RandomCrop, ColorJitter, ToTensor)",
     "torchnotes.vision.to_float_image", "https://docs.pytorch.org/vision/stable/transforms.html"),
    ("vision-datasets", "vision", "torchvision.datasets", "torchnotes.vision.image_folder_samples",
     "https://docs.pytorch.org/vision/stable/datasets.html"),
    # vision (add rows above this line)
    ("torchtext", "text", "torchtext (no longer developed: plain Dataset code)", "torchnotes.text.basic_english",
     "https://docs.pytorch.org/text/stable/index.html"),
    # text (add rows above this line)
    # data
    ("dataset", "data", "torch.utils.data.Dataset / IterableDataset", "torchnotes.data.RangeStream",
     f"{_PT}data.html#dataset-types"),
    ("dataloader", "data", "torch.utils.data.DataLoader", "torchnotes.data.batch_indices",
     f"{_PT}data.html#torch.utils.data.DataLoader"),
    ("collate-fn", "data", "collate_fn / torch.utils.data.default_collate", "torchnotes.data.default_collate",
     f"{_PT}data.html#torch.utils.data.default_collate"),
    ("vocab", "data", "Vocab (token <-> id)", "torchnotes.data.Vocab",
     "https://docs.pytorch.org/text/stable/vocab.html"),
    # data: dataset, dataloader, collate-fn, vocab (add rows above this line)
    ("text-dataset", "data", "TextDataset (fixed-length windows with stride)",
     "torchnotes.data.TextDataset", f"{_PT}data.html#torch.utils.data.Dataset"),
]
