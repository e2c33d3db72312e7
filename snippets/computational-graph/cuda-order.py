"""The same graph on the CPU and on CUDA: which thread runs the nodes, and in which order.

>>> import threading
>>> import torch
>>> from torchnotes.autograd import graph_nodes
>>> def run(device):
...     w = torch.tensor([1.0, 2.0], device=device, requires_grad=True)
...     b = torch.tensor(0.5, device=device, requires_grad=True)
...     y = (w * torch.tensor([3.0, 4.0], device=device)).sum() + b
...     ran, on_main, stack, seen = [], [], [y.grad_fn], set()
...     while stack:
...         node = stack.pop()
...         if node is not None and node not in seen:
...             seen.add(node)
...             def hook(grads, node=node):
...                 ran.append(type(node).__name__)
...                 on_main.append(threading.current_thread() is threading.main_thread())
...             _ = node.register_prehook(hook)
...             stack += [n for n, _ in node.next_functions]
...     listed = [name for name, _ in graph_nodes(y)]
...     y.backward()
...     return ran == listed, set(on_main), w.grad.tolist()
>>> run("cpu")  # the CPU run #zh: 在 CPU 上运行
>>> run("cuda")
"""
REQUIRES = "cuda"
