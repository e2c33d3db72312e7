"""v starts at 0 without bias correction, so early steps are large; centered and momentum equal torch.

>>> import torch
>>> from torchnotes.optim import adam, rmsprop
>>> p, g = [torch.tensor([0.0])], [torch.tensor([2.0])]
>>> state = None
>>> for step in range(1, 5):  # defaults lr=0.01, alpha=0.99: no bias correction #zh: 默认 lr=0.01、alpha=0.99：没有偏差修正
...     before = p[0]
...     p, state = rmsprop(p, g, state)
...     print(step, round((before - p[0]).item(), 4), state["square_avg"][0])
1 0.1 tensor([0.0400])
2 0.0709 tensor([0.0796])
3 0.058 tensor([0.1188])
4 0.0504 tensor([0.1576])
>>> adam([torch.tensor([0.0])], g, lr=0.01)[0]  # Adam's bias correction: its first step is about lr #zh: Adam 有偏差修正：第一步约为 lr
[tensor([-0.0100])]
>>> w = torch.nn.Parameter(torch.zeros(1))
>>> opt = torch.optim.RMSprop([w], alpha=0.5)
>>> for grad in [10.0, 0.0, 0.0, 0.0]:  # one large gradient, then zeros #zh: 先一个大梯度，然后全是零
...     w.grad = torch.tensor([grad])
...     opt.step()
...     print(opt.state[w]["square_avg"])  # the average forgets it #zh: 平均值逐渐忘掉它
tensor([50.])
tensor([25.])
tensor([12.5000])
tensor([6.2500])
>>> _ = torch.manual_seed(0)
>>> start = torch.randn(3)
>>> w = torch.nn.Parameter(start.clone())
>>> opt = torch.optim.RMSprop([w], lr=0.01, momentum=0.9, centered=True, weight_decay=0.01)
>>> out, state = [start], None
>>> for _ in range(5):
...     grad = torch.randn(3)
...     w.grad = grad
...     opt.step()
...     out, state = rmsprop(out, [grad], state, lr=0.01, momentum=0.9, centered=True, weight_decay=0.01)
>>> torch.equal(out[0], w.detach()), sorted(state), sorted(opt.state[w])
(True, ['grad_avg', 'momentum_buffer', 'square_avg', 'step'], ['grad_avg', 'momentum_buffer', 'square_avg', 'step'])
"""
