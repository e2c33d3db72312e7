"""topk returns (values, indices); arithmetic on the pair repeats the tuple instead of failing.

>>> import torch
>>> probs = torch.tensor([0.1, 0.6, 0.3])
>>> top = torch.topk(probs, 2)
>>> len(top * 2)  # tuple repetition: four tensors, no error
4
>>> top.values * 2
tensor([1.2000, 0.6000])
>>> top.indices  # often what you want: the top classes
tensor([1, 2])
>>> from torchnotes.math import topk
>>> topk(probs, 2)
(tensor([0.6000, 0.3000]), tensor([1, 2]))
"""
