"""Only Parameters assigned to a module are registered, and the optimizer sees nothing else.

>>> import torch
>>> from torch import nn
>>> from torchnotes.tensors import count_parameters
>>> class Scale(nn.Module):
...     def __init__(self):
...         super().__init__()
...         self.gain = nn.Parameter(torch.ones(3))  # registered #zh: 会被注册
...         self.offset = torch.zeros(3)  # a plain tensor: not a parameter #zh: 普通张量：不是参数
...         self.extra = [nn.Parameter(torch.ones(5))]  # hidden inside a Python list #zh: 藏在 Python 列表里
>>> m = Scale()
>>> [name for name, _ in m.named_parameters()]
['gain']
>>> list(m.state_dict())  # the same table decides what is saved #zh: 保存哪些内容也由这张表决定
['gain']
>>> count_parameters(m)
3
>>> m.gain.requires_grad  # True by default #zh: 默认为 True
True
>>> isinstance(m.gain, torch.Tensor), type(m.gain).__name__  # a subclass of Tensor #zh: Tensor 的子类
(True, 'Parameter')
>>> type(m.gain * 2)  # results of operations are plain tensors #zh: 运算结果是普通张量
<class 'torch.Tensor'>
>>> _ = m.to("meta")  # to() moves what is registered, and nothing else #zh: to() 只移动已注册的内容
>>> m.gain.device, m.offset.device, m.extra[0].device
(device(type='meta'), device(type='cpu'), device(type='cpu'))
>>> data = torch.zeros(2)
>>> p = nn.Parameter(data)
>>> p.data_ptr() == data.data_ptr()  # a Parameter shares memory with its data #zh: Parameter 与传入的数据共享内存
True
"""
