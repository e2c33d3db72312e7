"""Cut one long id sequence into (input, next-token target) windows.

>>> import torch
>>> from torchnotes.data import TextDataset, Vocab
>>> tokens = "to be or not to be that is the question".split()
>>> vocab = Vocab(tokens)
>>> ids = torch.tensor(vocab.encode(tokens))
>>> ids
tensor([3, 2, 6, 5, 3, 2, 8, 4, 9, 7])
>>> ds = TextDataset(ids, seq_len=4, stride=2)
>>> len(ds)  # (10 - 4 - 1) // 2 + 1 windows #zh: 窗口数 (10 - 4 - 1) // 2 + 1
3
>>> x, y = ds[0]
>>> vocab.decode(x), vocab.decode(y)
(['to', 'be', 'or', 'not'], ['be', 'or', 'not', 'to'])
>>> torch.equal(y[:-1], x[1:])  # y is x shifted left by one: y[t] == x[t + 1] #zh: y 是 x 左移一位：y[t] == x[t + 1]
True
>>> [vocab.decode(ds[i][0]) for i in range(len(ds))]  # stride 2 < seq_len 4: windows overlap #zh: stride 2 < seq_len 4：窗口相互重叠
[['to', 'be', 'or', 'not'], ['or', 'not', 'to', 'be'], ['to', 'be', 'that', 'is']]
"""
