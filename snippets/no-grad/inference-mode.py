"""inference_mode makes inference tensors: no version counter, no in-place change, and autograd cannot save them for backward afterwards.

>>> import torch
>>> from torchnotes.autograd import grad_mode_report
>>> x = torch.ones(2, requires_grad=True)
>>> with torch.inference_mode():
...     y = x * 2
>>> y.requires_grad, y.is_inference()
(False, True)
>>> y._version
Traceback (most recent call last):
    ...
RuntimeError: Inference tensors do not track version counter.
>>> w = torch.ones(2, requires_grad=True)
>>> (y * w).sum()  # autograd would have to save y #zh: 自动求导需要保存 y，因此报错
Traceback (most recent call last):
    ...
RuntimeError: Inference tensors cannot be saved for backward. Please do not use Tensors created in inference mode in computation tracked by autograd. To work around this, you can make a clone to get a normal tensor and use it in autograd, or use `torch.no_grad()` instead of `torch.inference_mode()`.
>>> (y + w).sum().requires_grad  # addition saves neither operand, so y may take part #zh: 加法不保存任何操作数，所以 y 可以参与
True
>>> (y.clone() * w).sum().requires_grad  # a clone is a normal tensor #zh: clone 出来的是普通张量
True
>>> for mode in ("enable_grad", "no_grad", "inference_mode"):
...     print(mode, grad_mode_report(x, mode))
enable_grad {'requires_grad': True, 'grad_fn': 'MulBackward0', 'is_inference': False, 'version': 0, 'in_place': True, 'used_in_autograd': True}
no_grad {'requires_grad': False, 'grad_fn': None, 'is_inference': False, 'version': 0, 'in_place': True, 'used_in_autograd': True}
inference_mode {'requires_grad': False, 'grad_fn': None, 'is_inference': True, 'version': None, 'in_place': 'Inplace update to inference tensor outside InferenceMode is not allowed', 'used_in_autograd': 'Inference tensors cannot be saved for backward'}
>>> with torch.no_grad():  # factories still honour requires_grad=True #zh: 工厂函数仍然遵守 requires_grad=True
...     b = torch.zeros(2, requires_grad=True)
>>> b.requires_grad, b.is_leaf
(True, True)
>>> with torch.no_grad():  # in-place changes are still counted #zh: 原地修改仍会计入版本号
...     _ = x.mul_(3)
>>> x._version
1
"""
