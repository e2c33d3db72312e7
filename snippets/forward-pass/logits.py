"""The output layer returns logits: cross_entropy applies log_softmax itself, so do not add a softmax.

>>> import torch
>>> import torch.nn.functional as F
>>> logits = torch.tensor([[2.0, -1.0, 0.5]])
>>> logits.sum()  # not probabilities: any real numbers #zh: 不是概率：可以是任意实数
tensor(1.5000)
>>> target = torch.tensor([0])
>>> F.cross_entropy(logits, target)
tensor(0.2413)
>>> F.nll_loss(F.log_softmax(logits, dim=1), target)  # what cross_entropy does #zh: cross_entropy 内部就是这样做的
tensor(0.2413)
>>> F.cross_entropy(F.softmax(logits, dim=1), target)  # softmax twice: a different loss #zh: softmax 做了两次：损失变了
tensor(0.7017)
>>> F.softmax(logits, dim=1)  # probabilities only when you need them #zh: 需要概率时再单独计算
tensor([[0.7856, 0.0391, 0.1753]])
"""
