"""stride == seq_len tiles the sequence; ids that cannot fill a window are left out.

>>> import torch
>>> from torchnotes.data import TextDataset
>>> ds = TextDataset(torch.arange(10), seq_len=4)  # stride defaults to seq_len #zh: stride 默认等于 seq_len
>>> len(ds)  # (10 - 4 - 1) // 4 + 1 windows #zh: 窗口数 (10 - 4 - 1) // 4 + 1
2
>>> [x.tolist() for x, y in ds]  # no overlap; id 9 cannot start a third window and is left out #zh: 互不重叠；id 9 凑不成第三个窗口，被丢弃
[[0, 1, 2, 3], [4, 5, 6, 7]]
>>> ds[1][1]
tensor([5, 6, 7, 8])
>>> len(TextDataset(torch.arange(4), seq_len=4))  # fewer than seq_len + 1 ids: no window #zh: 不足 seq_len + 1 个 id：一个窗口也没有
0
"""
