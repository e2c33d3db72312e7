"""The one list of documented topics.

Everything that enumerates topics (the CLI, the site's index pages, the coverage tests)
reads :data:`TOPICS`. Ids are the stable ids of the topic catalogue and double as file
and page names:

* snippets live in ``snippets/<id>/*.py`` (doctest files, embedded verbatim in the pages),
* pages live in ``docs/zh/<group>/<id>.md`` and ``docs/en/<group>/<id>.md``,
* the one-line summary of a page is its ``description`` front matter.

>>> TOPICS["gather"].helper
'torchnotes.indexing.gather'
>>> TOPICS["gather"].pages["en"]
'docs/en/indexing/gather.md'
"""

from __future__ import annotations

import ast
import difflib
import functools
import importlib
import json
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Repository root when running from a checkout (``src/torchnotes/registry.py`` -> ``../..``).
REPO_ROOT = Path(__file__).resolve().parents[2]

#: Where snippets and page summaries are read from: the checkout, or, in an installed
#: wheel, the copy that ``setup.py`` packs into ``torchnotes/_content``.
_PACKED = Path(__file__).resolve().parent / "_content"
CONTENT_ROOT = _PACKED if (_PACKED / "summaries.json").is_file() else REPO_ROOT

LANGS = ("zh", "en")

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


@dataclass(frozen=True)
class Topic:
    """One documented topic: an API, the helper that explains it, its pages and snippets."""

    id: str
    group: str
    api: str
    helper: str
    docs: str

    @property
    def pages(self) -> dict[str, str]:
        """Markdown sources per language, relative to the repository root."""
        return {lang: f"docs/{lang}/{self.group}/{self.id}.md" for lang in LANGS}

    @property
    def snippets(self) -> list[str]:
        """Snippet files of the topic, relative to the repository root (sorted)."""
        folder = CONTENT_ROOT / "snippets" / self.id
        return sorted(p.relative_to(CONTENT_ROOT).as_posix() for p in folder.glob("*.py"))

    def summary(self, lang: str) -> str:
        """The page's one-line ``description`` (front matter) in ``lang``."""
        if CONTENT_ROOT is _PACKED:
            return _packed_summaries()[self.id][lang]
        meta = front_matter((REPO_ROOT / self.pages[lang]).read_text(encoding="utf-8"))
        return str(meta.get("description", ""))

    def load_helper(self) -> Any:
        """Import and return the helper object named by :attr:`helper`."""
        module, _, name = self.helper.rpartition(".")
        return getattr(importlib.import_module(module), name)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "group": self.group,
            "api": self.api,
            "helper": self.helper,
            "snippets": self.snippets,
            "pages": self.pages,
        }


@functools.cache
def _packed_summaries() -> dict[str, dict[str, str]]:
    return json.loads((_PACKED / "summaries.json").read_text(encoding="utf-8"))


def summaries() -> dict[str, dict[str, str]]:
    """Every topic's one-line summary per language (what ``setup.py`` packs into the wheel)."""
    return {t.id: {lang: t.summary(lang) for lang in LANGS} for t in TOPICS.values()}


#: What a snippet may require, set by ``REQUIRES = ...`` right after its docstring: a GPU
#: (``"cuda"``: output recorded on one), or no GPU (``"no-cuda"``: it shows the CPU-only
#: behaviour, such as ``torch.cuda.is_available()`` being False).
REQUIREMENTS = ("cuda", "no-cuda")


def snippet_requires(path: str | Path) -> str | None:
    """What a snippet needs beyond the CPU: ``"cuda"`` for ``REQUIRES = "cuda"``, else None.

    The marker is the statement right after the module docstring; anywhere else it is a
    mistake that would silently run the file everywhere, so it raises ``ValueError``.

    >>> snippet_requires("snippets/gather/basic.py") is None
    True
    """
    tree = ast.parse((CONTENT_ROOT / path).read_text(encoding="utf-8"))
    for position, node in enumerate(tree.body):
        if not (isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "REQUIRES" for t in node.targets)):
            continue
        first = tree.body[0] if tree.body else None
        after_docstring = (
            position == 1
            and isinstance(first, ast.Expr)
            and isinstance(first.value, ast.Constant)
            and isinstance(first.value.value, str)
            and node.lineno == first.end_lineno + 1
        )
        value = node.value.value if isinstance(node.value, ast.Constant) else None
        if not after_docstring or value not in REQUIREMENTS or len(node.targets) != 1:
            raise ValueError(
                f"{path}: REQUIRES must be assigned one of {REQUIREMENTS} on the line right "
                f'after the module docstring, e.g. REQUIRES = "cuda"'
            )
        return value
    return None


#: A comment with its Chinese half: ``# English words #zh: 中文``; the English part holds no "#".
_ZH_COMMENT = re.compile(r"(?P<lead>[ \t]*)#(?P<en>[^#\n]*?)[ \t]*#zh:[ \t]*(?P<zh>[^\n]*)$")


def localize_comments(code: str, lang: str) -> str:
    """Keep the comment half of ``lang`` in every ``# English #zh: 中文`` comment.

    >>> line = ">>> f(x)  # index needs 2 dims #zh: index 需要两维"
    >>> localize_comments(line, "en")
    '>>> f(x)  # index needs 2 dims'
    >>> localize_comments(line, "zh")
    '>>> f(x)  # index 需要两维'
    """
    def one(match: re.Match) -> str:
        text = match.group("zh") if lang == "zh" else match.group("en").strip()
        return f"{match.group('lead')}# {text}"

    return "\n".join(_ZH_COMMENT.sub(one, line) for line in code.split("\n"))


def snippet_examples(path: str, lang: str | None = None) -> str:
    """The doctest examples of a snippet file: its module docstring after the caption line.

    Pages and ``torchnotes show`` print exactly this text, so what readers see is what
    doctest checked; with ``lang`` the comments are shown in that language only.
    """
    source = (CONTENT_ROOT / path).read_text(encoding="utf-8")
    doc = ast.get_docstring(ast.parse(source), clean=False)
    if not doc or ">>>" not in doc:
        raise ValueError(f"snippet {path!r} has no doctest examples in its module docstring")
    examples = textwrap.dedent(doc.split("\n\n", 1)[-1]).strip("\n")
    return localize_comments(examples, lang) if lang else examples


def front_matter(markdown: str) -> dict[str, str]:
    """Parse the flat ``key: value`` YAML front matter that pages use.

    >>> front_matter("---\\ndescription: Picks values\\n---\\n# Title\\n")
    {'description': 'Picks values'}
    >>> front_matter("# no front matter")
    {}
    """
    if not markdown.startswith("---\n"):
        return {}
    head, sep, _ = markdown[4:].partition("\n---\n")
    if not sep:
        return {}
    meta = {}
    for line in head.splitlines():
        key, colon, value = line.partition(":")
        if colon:
            meta[key.strip()] = value.strip().strip("\"'")
    return meta


_EINOPS = "https://einops.rocks/api/rearrange/"

_ALL = [
    # tensors
    Topic("tensor", "tensors", "torch.tensor", "torchnotes.tensors.infer_dtype", _pt("torch.tensor")),
    Topic("as-tensor", "tensors", "torch.as_tensor", "torchnotes.tensors.shares_memory",
          _pt("torch.as_tensor")),
    Topic("from-numpy", "tensors", "torch.from_numpy", "torchnotes.tensors.dtype_from_numpy",
          _pt("torch.from_numpy")),
    Topic("zeros", "tensors", "torch.zeros", "torchnotes.tensors.zeros", _pt("torch.zeros")),
    Topic("ones", "tensors", "torch.ones", "torchnotes.tensors.ones", _pt("torch.ones")),
    Topic("arange", "tensors", "torch.arange", "torchnotes.tensors.arange", _pt("torch.arange")),
    Topic("linspace", "tensors", "torch.linspace", "torchnotes.tensors.linspace",
          _pt("torch.linspace")),
    Topic("device", "tensors", "torch.device", "torchnotes.tensors.describe",
          f"{_PT}tensor_attributes.html#torch.device"),
    Topic("parameter", "tensors", "torch.nn.Parameter", "torchnotes.tensors.count_parameters",
          _pt("torch.nn.parameter.Parameter")),
    Topic("variable", "tensors", "torch.autograd.Variable", "torchnotes.tensors.as_leaf",
          f"{_PT}autograd.html#variable-deprecated"),
    # math
    Topic("exp", "math", "torch.exp", "torchnotes.math.logsumexp", _pt("torch.exp")),
    Topic("log", "math", "torch.log", "torchnotes.math.xlogy", _pt("torch.log")),
    Topic("sin-cos", "math", "torch.sin / torch.cos", "torchnotes.math.sinusoidal_encoding",
          _pt("torch.sin")),
    Topic("add-mul-div", "math", "torch.add / torch.mul / torch.div", "torchnotes.math.div",
          _pt("torch.div")),
    Topic("matmul", "math", "torch.matmul", "torchnotes.math.matmul", _pt("torch.matmul")),
    Topic("einsum", "math", "torch.einsum", "torchnotes.math.einsum", _pt("torch.einsum")),
    Topic("clamp", "math", "torch.clamp", "torchnotes.math.clamp", _pt("torch.clamp")),
    Topic("nan-to-num", "math", "torch.nan_to_num", "torchnotes.math.nan_to_num",
          _pt("torch.nan_to_num")),
    Topic("mean-std-var", "math", "torch.mean / torch.std / torch.var", "torchnotes.math.var",
          _pt("torch.var")),
    Topic("sort", "math", "torch.sort", "torchnotes.math.sort", _pt("torch.sort")),
    Topic("topk", "math", "torch.topk", "torchnotes.math.topk", _pt("torch.topk")),
    # shape
    Topic("cat", "shape", "torch.cat", "torchnotes.shape.cat", _pt("torch.cat")),
    Topic("stack", "shape", "torch.stack", "torchnotes.shape.stack", _pt("torch.stack")),
    Topic("split", "shape", "torch.split", "torchnotes.shape.split_sizes", _pt("torch.split")),
    Topic("chunk", "shape", "torch.chunk", "torchnotes.shape.chunk_sizes", _pt("torch.chunk")),
    Topic("squeeze", "shape", "torch.squeeze", "torchnotes.shape.squeeze", _pt("torch.squeeze")),
    Topic("rearrange", "shape", "einops.rearrange", "torchnotes.shape.rearrange", _EINOPS),
    Topic("pad", "shape", "torch.nn.functional.pad", "torchnotes.shape.pad",
          _pt("torch.nn.functional.pad")),
    # indexing
    Topic("gather", "indexing", "torch.gather", "torchnotes.indexing.gather", _pt("torch.gather")),
    Topic("index-select", "indexing", "torch.index_select", "torchnotes.indexing.index_select",
          _pt("torch.index_select")),
    Topic("masked-select", "indexing", "torch.masked_select", "torchnotes.indexing.masked_select",
          _pt("torch.masked_select")),
    Topic("nonzero", "indexing", "torch.nonzero", "torchnotes.indexing.nonzero",
          _pt("torch.nonzero")),
    # random
    Topic("randn", "random", "torch.randn", "torchnotes.random.box_muller", _pt("torch.randn")),
    Topic("randint", "random", "torch.randint", "torchnotes.random.randint_inclusive",
          _pt("torch.randint")),
    Topic("randperm", "random", "torch.randperm", "torchnotes.random.train_val_split",
          _pt("torch.randperm")),
    Topic("manual-seed", "random", "torch.manual_seed / torch.cuda.manual_seed_all",
          "torchnotes.random.seed_everything", _pt("torch.manual_seed")),
    Topic("deterministic", "random", "torch.backends.cudnn.deterministic",
          "torchnotes.random.deterministic_mode", f"{_PT}notes/randomness.html"),
    # layers
    Topic("embedding", "layers", "torch.nn.Embedding", "torchnotes.layers.embedding",
          _pt("torch.nn.Embedding")),
    Topic("linear", "layers", "torch.nn.Linear", "torchnotes.layers.linear",
          _pt("torch.nn.Linear")),
    Topic("conv2d", "layers", "torch.nn.Conv2d", "torchnotes.layers.conv2d",
          _pt("torch.nn.Conv2d")),
    Topic("conv-transpose2d", "layers", "torch.nn.ConvTranspose2d",
          "torchnotes.layers.conv_transpose2d", _pt("torch.nn.ConvTranspose2d")),
    Topic("maxpool1d", "layers", "torch.nn.MaxPool1d", "torchnotes.layers.maxpool1d",
          _pt("torch.nn.MaxPool1d")),
    Topic("reflection-pad1d", "layers", "torch.nn.ReflectionPad1d",
          "torchnotes.layers.reflection_pad1d", _pt("torch.nn.ReflectionPad1d")),
    Topic("dropout", "layers", "torch.nn.Dropout", "torchnotes.layers.dropout",
          _pt("torch.nn.Dropout")),
    Topic("dropout2d", "layers", "torch.nn.Dropout2d", "torchnotes.layers.dropout2d",
          _pt("torch.nn.Dropout2d")),
    Topic("batchnorm1d", "layers", "torch.nn.BatchNorm1d", "torchnotes.layers.batchnorm1d",
          _pt("torch.nn.BatchNorm1d")),
    Topic("instancenorm2d", "layers", "torch.nn.InstanceNorm2d",
          "torchnotes.layers.instance_norm2d", _pt("torch.nn.InstanceNorm2d")),
    Topic("layernorm", "layers", "torch.nn.LayerNorm", "torchnotes.layers.layer_norm",
          _pt("torch.nn.LayerNorm")),
    # layers: linear ... layernorm (add rows above this line)
    Topic("lstm-cell", "layers", "torch.nn.LSTMCell", "torchnotes.layers.lstm_cell",
          _pt("torch.nn.LSTMCell")),
    Topic("gru-cell", "layers", "torch.nn.GRUCell", "torchnotes.layers.gru_cell",
          _pt("torch.nn.GRUCell")),
    Topic("lstm", "layers", "torch.nn.LSTM", "torchnotes.layers.lstm", _pt("torch.nn.LSTM")),
    Topic("gru", "layers", "torch.nn.GRU", "torchnotes.layers.gru", _pt("torch.nn.GRU")),
    Topic("sdpa", "layers", "torch.nn.functional.scaled_dot_product_attention",
          "torchnotes.layers.scaled_dot_product_attention",
          _pt("torch.nn.functional.scaled_dot_product_attention")),
    Topic("multihead-attention", "layers", "torch.nn.MultiheadAttention",
          "torchnotes.layers.multihead_attention", _pt("torch.nn.MultiheadAttention")),
    Topic("transformer", "layers", "torch.nn.Transformer", "torchnotes.layers.transformer_encoder_layer",
          _pt("torch.nn.Transformer")),
    # layers: recurrent and attention (add rows above this line)
    Topic("no-grad", "autograd", "torch.no_grad", "torchnotes.autograd.grad_mode_report",
          _pt("torch.no_grad")),
    Topic("backward", "autograd", "torch.autograd.backward / Tensor.backward",
          "torchnotes.autograd.vjp", _pt("torch.Tensor.backward")),
    Topic("computational-graph", "autograd", "grad_fn / next_functions / leaf tensors",
          "torchnotes.autograd.graph_nodes", "https://docs.pytorch.org/docs/stable/notes/autograd.html"),
    Topic("autograd-function", "autograd", "torch.autograd.Function", "torchnotes.autograd.softplus",
          f"{_PT}autograd.html#torch.autograd.Function"),
    Topic("gradcheck", "autograd", "torch.autograd.gradcheck", "torchnotes.autograd.gradcheck",
          _pt("torch.autograd.gradcheck.gradcheck")),
    # autograd (add rows above this line)
    Topic("module", "containers", "torch.nn.Module", "torchnotes.containers.registered",
          _pt("torch.nn.Module")),
    Topic("sequential", "containers", "torch.nn.Sequential", "torchnotes.containers.sequential_forward",
          _pt("torch.nn.Sequential")),
    Topic("module-dict", "containers", "torch.nn.ModuleDict", "torchnotes.containers.unregistered",
          _pt("torch.nn.ModuleDict")),
    Topic("eval-mode", "containers", "torch.nn.Module.eval / train", "torchnotes.containers.compare_modes",
          f"{_PT}generated/torch.nn.Module.html#torch.nn.Module.eval"),
    # containers (add rows above this line)
    Topic("forward-pass", "concepts", "forward propagation", "torchnotes.concepts.two_layer_forward",
          f"{_PT}notes/modules.html"),
    Topic("backpropagation", "concepts", "backpropagation and gradient descent",
          "torchnotes.concepts.two_layer_backward", "https://doi.org/10.1038/323533a0"),
    Topic("fully-connected", "concepts", "fully connected layer", "torchnotes.concepts.mlp_parameter_count",
          _pt("torch.nn.Linear")),
    Topic("weights-bias", "concepts", "weights and bias", "torchnotes.concepts.reset_linear_",
          f"{_PT}nn.init.html"),
    Topic("residual", "concepts", "residual block (ResNet)", "torchnotes.concepts.BasicBlock",
          "https://arxiv.org/abs/1512.03385"),
    Topic("lora", "concepts", "LoRA (low-rank adaptation)", "torchnotes.concepts.LoRALinear",
          "https://arxiv.org/abs/2106.09685"),
    Topic("clip", "concepts", "CLIP contrastive image-text loss", "torchnotes.concepts.clip_loss",
          "https://arxiv.org/abs/2103.00020"),
    # concepts (add rows above this line)
    # activations
    Topic("softmax", "activations", "torch.nn.functional.softmax", "torchnotes.activations.softmax",
          _pt("torch.nn.functional.softmax")),
    Topic("relu", "activations", "torch.nn.ReLU / torch.nn.functional.relu",
          "torchnotes.activations.relu", _pt("torch.nn.functional.relu")),
    Topic("gelu", "activations", "torch.nn.GELU", "torchnotes.activations.gelu", _pt("torch.nn.GELU")),
    Topic("sigmoid", "activations", "torch.nn.Sigmoid / torch.sigmoid", "torchnotes.activations.sigmoid",
          _pt("torch.sigmoid")),
    Topic("tanh", "activations", "torch.tanh", "torchnotes.activations.tanh", _pt("torch.tanh")),
    # losses
    Topic("cross-entropy", "losses", "torch.nn.functional.cross_entropy", "torchnotes.losses.cross_entropy",
          _pt("torch.nn.functional.cross_entropy")),
    Topic("kl-divergence", "losses", "torch.nn.functional.kl_div", "torchnotes.losses.kl_div",
          _pt("torch.nn.functional.kl_div")),
    Topic("gaussian", "losses", "torch.distributions.Normal", "torchnotes.losses.Normal",
          f"{_PT}distributions.html#torch.distributions.normal.Normal"),
    Topic("sgd", "optim", "torch.optim.SGD", "torchnotes.optim.sgd", _pt("torch.optim.SGD")),
    Topic("adam", "optim", "torch.optim.Adam", "torchnotes.optim.adam", _pt("torch.optim.Adam")),
    Topic("adamw", "optim", "torch.optim.AdamW", "torchnotes.optim.adamw", _pt("torch.optim.AdamW")),
    Topic("rmsprop", "optim", "torch.optim.RMSprop", "torchnotes.optim.rmsprop", _pt("torch.optim.RMSprop")),
    Topic("adagrad", "optim", "torch.optim.Adagrad", "torchnotes.optim.adagrad", _pt("torch.optim.Adagrad")),
    Topic("lr-scheduler", "optim", "torch.optim.lr_scheduler", "torchnotes.optim.cosine_annealing_lr",
          f"{_PT}optim.html#how-to-adjust-learning-rate"),
    Topic("training-step", "optim", "optimizer.zero_grad / loss.backward / optimizer.step",
          "torchnotes.optim.train_step", f"{_PT}optim.html#taking-an-optimization-step"),
    # optim (add rows above this line)
    Topic("cuda-available", "devices", "torch.cuda.is_available", "torchnotes.devices.pick_device",
          _pt("torch.cuda.is_available")),
    Topic("pin-memory", "devices", "torch.Tensor.pin_memory", "torchnotes.devices.move_batch",
          _pt("torch.Tensor.pin_memory")),
    Topic("empty-cache", "devices", "torch.cuda.empty_cache", "torchnotes.devices.cuda_memory",
          _pt("torch.cuda.memory.empty_cache")),
    Topic("cuda-stream", "devices", "torch.cuda.Stream", "torchnotes.devices.elapsed_ms",
          _pt("torch.cuda.Stream")),
    # devices (add rows above this line)
    Topic("distributed", "distributed", "torch.distributed / DistributedSampler",
          "torchnotes.distributed.distributed_sampler_indices", f"{_PT}distributed.html"),
    Topic("ddp", "distributed", "torch.nn.parallel.DistributedDataParallel",
          "torchnotes.distributed.ddp_gradients", _pt("torch.nn.parallel.DistributedDataParallel")),
    Topic("data-parallel", "distributed", "torch.nn.DataParallel", "torchnotes.distributed.data_parallel_apply",
          _pt("torch.nn.DataParallel")),
    # distributed (add rows above this line)
    Topic("autocast", "amp", "torch.autocast", "torchnotes.amp.autocast_dtypes",
          f"{_PT}amp.html#torch.autocast"),
    Topic("cuda-amp", "amp", "torch.cuda.amp (deprecated: torch.amp)", "torchnotes.amp.grad_scaler_update",
          f"{_PT}amp.html#gradient-scaling"),
    # amp (add rows above this line)
    Topic("profiler", "profiling", "torch.profiler / torch.autograd.profiler.profile",
          "torchnotes.profiling.profiler_action", f"{_PT}profiler.html"),
    Topic("torchviz", "profiling", "torchviz (make_dot)", "torchnotes.profiling.to_dot",
          "https://github.com/szagoruyko/pytorchviz"),
    Topic("model-summary", "profiling", "torchsummary / torchinfo", "torchnotes.profiling.summary",
          "https://github.com/TylerYep/torchinfo"),
    # profiling (add rows above this line)
    Topic("jit", "compile", "torch.jit", "torchnotes.compile.trace_mismatches", f"{_PT}jit.html"),
    Topic("cpp-extension", "compile", "torch.utils.cpp_extension", "torchnotes.compile.softshrink",
          f"{_PT}cpp_extension.html"),
    # compile (add rows above this line)
    Topic("quantize-dynamic", "quantization", "torch.ao.quantization.quantize_dynamic",
          "torchnotes.quantization.dynamic_quantize_linear_weight",
          _pt("torch.ao.quantization.quantize_dynamic")),
    Topic("quant-stub", "quantization", "torch.ao.quantization.QuantStub / DeQuantStub",
          "torchnotes.quantization.minmax_qparams", _pt("torch.ao.quantization.QuantStub")),
    # quantization (add rows above this line)
    Topic("prune", "pruning", "torch.nn.utils.prune", "torchnotes.pruning.l1_unstructured_mask",
          f"{_PT}nn.html#module-torch.nn.utils.prune"),
    # pruning (add rows above this line)
    Topic("save-load", "io", "torch.save / torch.load", "torchnotes.io.save_checkpoint",
          _pt("torch.load")),
    # io (add rows above this line)
    Topic("vision-transforms", "vision", "torchvision.transforms (Resize, Normalize, RandomCrop, ColorJitter, ToTensor)",
          "torchnotes.vision.to_float_image", "https://docs.pytorch.org/vision/stable/transforms.html"),
    Topic("vision-datasets", "vision", "torchvision.datasets", "torchnotes.vision.image_folder_samples",
          "https://docs.pytorch.org/vision/stable/datasets.html"),
    # vision (add rows above this line)
    Topic("torchtext", "text", "torchtext (no longer developed: plain Dataset code)", "torchnotes.text.basic_english",
          "https://docs.pytorch.org/text/stable/index.html"),
    # text (add rows above this line)
    # data
    Topic("dataset", "data", "torch.utils.data.Dataset / IterableDataset", "torchnotes.data.RangeStream",
          f"{_PT}data.html#dataset-types"),
    Topic("dataloader", "data", "torch.utils.data.DataLoader", "torchnotes.data.batch_indices",
          f"{_PT}data.html#torch.utils.data.DataLoader"),
    Topic("collate-fn", "data", "collate_fn / torch.utils.data.default_collate", "torchnotes.data.default_collate",
          f"{_PT}data.html#torch.utils.data.default_collate"),
    Topic("vocab", "data", "Vocab (token <-> id)", "torchnotes.data.Vocab",
          "https://docs.pytorch.org/text/stable/vocab.html"),
    # data: dataset, dataloader, collate-fn, vocab (add rows above this line)
    Topic("text-dataset", "data", "TextDataset (fixed-length windows with stride)",
          "torchnotes.data.TextDataset", f"{_PT}data.html#torch.utils.data.Dataset"),
]

#: Topics by id, in reading order (group order, then listing order).
TOPICS: dict[str, Topic] = {
    t.id: t for t in sorted(_ALL, key=lambda t: list(GROUPS).index(t.group))
}


class UnknownTopic(KeyError):
    """Raised for an id that is not in :data:`TOPICS`; the message suggests close matches."""

    def __str__(self) -> str:
        return str(self.args[0])


def get(topic_id: str) -> Topic:
    """Return the topic ``topic_id`` or raise :class:`UnknownTopic` naming close matches.

    >>> get("gahter")
    Traceback (most recent call last):
        ...
    torchnotes.registry.UnknownTopic: unknown topic 'gahter'; did you mean 'gather'?
    """
    try:
        return TOPICS[topic_id]
    except KeyError:
        # "mean" should find "mean-std-var": whole id components first, then spelling
        parts = [t for t in TOPICS if topic_id in t.split("-")]
        close = parts + difflib.get_close_matches(topic_id, list(TOPICS), n=3, cutoff=0.7)
        close = list(dict.fromkeys(close))[:3]
        hint = "; did you mean " + " or ".join(repr(c) for c in close) + "?" if close else ""
        raise UnknownTopic(f"unknown topic {topic_id!r}{hint}") from None


def by_group() -> dict[str, list[Topic]]:
    """Topics grouped by group id, groups in :data:`GROUPS` order, empty groups left out."""
    groups: dict[str, list[Topic]] = {}
    for topic in TOPICS.values():
        groups.setdefault(topic.group, []).append(topic)
    return {g: groups[g] for g in GROUPS if g in groups}
