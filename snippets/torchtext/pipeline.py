"""A text classification pipeline without torchtext: a Dataset of (ids, label), a DataLoader with a padding collate_fn.

>>> import functools
>>> import torch
>>> from torch.utils.data import DataLoader, Dataset
>>> from torchnotes.data import Vocab, pad_collate
>>> from torchnotes.text import basic_english
>>> reviews = [("A great film!", 1), ("Boring, too long.", 0), ("Great cast, great story.", 1)]
>>> vocab = Vocab(t for text, _ in reviews for t in basic_english(text))
>>> class Reviews(Dataset):  # replaces torchtext.datasets and Field #zh: 取代 torchtext.datasets 和 Field
...     def __init__(self, pairs, vocab):
...         self.pairs, self.vocab = pairs, vocab
...     def __len__(self):
...         return len(self.pairs)
...     def __getitem__(self, i):
...         text, label = self.pairs[i]
...         return torch.tensor(self.vocab.encode(basic_english(text))), torch.tensor(label)
>>> def collate(batch, pad_id):
...     ids = pad_collate([x for x, _ in batch], pad_id=pad_id)
...     ids["label"] = torch.stack([y for _, y in batch])
...     return ids
>>> loader = DataLoader(Reviews(reviews, vocab), batch_size=3, collate_fn=functools.partial(collate, pad_id=vocab.pad_id))
>>> batch = next(iter(loader))
>>> batch["input_ids"].shape, batch["label"]
(torch.Size([3, 6]), tensor([1, 0, 1]))
>>> (batch["input_ids"] == vocab["great"]).sum().item()  # "Great" and "great" are one token #zh: "Great" 和 "great" 是同一个 token
3
"""
