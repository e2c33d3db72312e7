"""quantize_dynamic swaps each nn.Linear for an int8 version; other layers stay float32.

>>> import io
>>> import warnings
>>> import torch
>>> from torch.ao.quantization import quantize_dynamic
>>> _ = torch.manual_seed(0)
>>> model = torch.nn.Sequential(
...     torch.nn.Conv1d(1, 4, 3), torch.nn.Flatten(),
...     torch.nn.Linear(24, 64), torch.nn.ReLU(), torch.nn.Linear(64, 3),
... ).eval()
>>> with warnings.catch_warnings():
...     warnings.simplefilter("ignore")  # the deprecation warning: see below #zh: 弃用警告见下文
...     qmodel = quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
>>> qmodel  # Conv1d is not in the set: it stays float #zh: Conv1d 不在集合里：仍是浮点
Sequential(
  (0): Conv1d(1, 4, kernel_size=(3,), stride=(1,))
  (1): Flatten(start_dim=1, end_dim=-1)
  (2): DynamicQuantizedLinear(in_features=24, out_features=64, dtype=torch.qint8, qscheme=torch.per_tensor_affine)
  (3): ReLU()
  (4): DynamicQuantizedLinear(in_features=64, out_features=3, dtype=torch.qint8, qscheme=torch.per_tensor_affine)
)
>>> model[2].weight.dtype, qmodel[2].weight().dtype  # 4 bytes per weight, then 1 #zh: 每个权重从 4 字节变为 1 字节
(torch.float32, torch.qint8)
>>> def saved_bytes(m):
...     buffer = io.BytesIO()
...     torch.save(m.state_dict(), buffer)
...     return buffer.getbuffer().nbytes
>>> saved_bytes(model), saved_bytes(qmodel)  # the file shrinks, but not 4x: biases and headers stay #zh: 文件变小，但不到 4 倍：偏置和文件头不变
(10005, 6149)
>>> x = torch.randn(5, 1, 8)
>>> (model(x) - qmodel(x)).abs().max() < 0.05, torch.equal(model(x), qmodel(x))  # close to the float model, not equal #zh: 与浮点模型接近，但不相等
(tensor(True), False)
>>> qmodel(x).dtype  # inputs and outputs stay float32 #zh: 输入和输出仍是 float32
torch.float32
"""
