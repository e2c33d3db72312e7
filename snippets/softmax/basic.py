"""softmax turns each row of scores into probabilities that sum to 1 along dim.

>>> import torch
>>> import torch.nn.functional as F
>>> logits = torch.tensor([[2.0, 1.0, 0.1],
...                        [0.0, 0.0, 0.0]])
>>> probs = F.softmax(logits, dim=1)  # normalise each row #zh: 每一行各自归一化
>>> probs
tensor([[0.6590, 0.2424, 0.0986],
        [0.3333, 0.3333, 0.3333]])
>>> probs.sum(dim=1)
tensor([1.0000, 1.0000])
>>> torch.nn.Softmax(dim=1)(logits).equal(probs)  # the module form computes the same #zh: 模块形式算出的结果相同
True
>>> torch.softmax(logits, dim=1).equal(probs)
True
>>> F.softmax(logits, dim=0).sum(dim=0)  # dim=0 normalises columns instead #zh: dim=0 改为对每一列归一化
tensor([1.0000, 1.0000, 1.0000])
>>> two = torch.tensor([0.0, 1.5])  # two classes: softmax is a sigmoid of the difference #zh: 两个类别时，softmax 就是分数之差的 sigmoid
>>> F.softmax(two, dim=0)[1], torch.sigmoid(two[1] - two[0])
(tensor(0.8176), tensor(0.8176))
"""
