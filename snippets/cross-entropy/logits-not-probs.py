"""Passing probabilities instead of logits applies softmax twice: a perfect prediction no longer costs ~0.

>>> import torch
>>> import torch.nn.functional as F
>>> logits = torch.tensor([[10.0, -10.0, -10.0]])
>>> target = torch.tensor([0])
>>> F.cross_entropy(logits, target)  # confident and right: almost 0 #zh: 自信且正确：几乎为 0
tensor(0.)
>>> probs = torch.softmax(logits, dim=1)
>>> probs
tensor([[1.0000e+00, 2.0612e-09, 2.0612e-09]])
>>> F.cross_entropy(probs, target)  # softmax of [1, 0, 0] is about [0.58, 0.21, 0.21] #zh: [1, 0, 0] 的 softmax 约为 [0.58, 0.21, 0.21]
tensor(0.5514)
>>> wrong = torch.tensor([[-10.0, 10.0, -10.0]])  # confident and wrong #zh: 自信但错误
>>> F.cross_entropy(wrong, target), F.cross_entropy(torch.softmax(wrong, dim=1), target)
(tensor(20.), tensor(1.5514))
"""
