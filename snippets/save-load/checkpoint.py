"""A checkpoint holds model, optimizer, epoch and RNG states; resuming continues the run exactly.

>>> import io
>>> import torch
>>> from torch import nn
>>> from torchnotes.io import load_checkpoint, save_checkpoint
>>> def train(model, opt, steps):
...     for _ in range(steps):
...         loss = model(torch.randn(4, 3)).pow(2).mean()  # new random data every step #zh: 每一步都有新的随机数据
...         opt.zero_grad()
...         loss.backward()
...         opt.step()
>>> def make():
...     model = nn.Sequential(nn.Linear(3, 4), nn.Dropout(0.5), nn.Linear(4, 1))
...     return model, torch.optim.Adam(model.parameters(), lr=0.01)
>>> _ = torch.manual_seed(0)
>>> model, opt = make()
>>> train(model, opt, 4)
>>> straight = model[0].weight.detach().clone()
>>> _ = torch.manual_seed(0)
>>> model, opt = make()
>>> train(model, opt, 2)
>>> buffer = io.BytesIO()
>>> save_checkpoint(buffer, model, opt, epoch=2)
>>> model, opt = make()  # a new run: other initial weights #zh: 新的一次运行：初始权重不同
>>> _ = buffer.seek(0)
>>> load_checkpoint(buffer, model, opt)  # the saved epoch #zh: 保存时的 epoch
2
>>> train(model, opt, 2)
>>> torch.equal(model[0].weight, straight)  # 2 + 2 steps == 4 steps #zh: 2 + 2 步 == 4 步
True
>>> len(opt.state_dict()["state"])  # Adam's moments came back too #zh: Adam 的一阶、二阶矩也恢复了
4
"""
