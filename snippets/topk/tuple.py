"""topk returns (values, indices); arithmetic on the pair repeats the tuple instead of failing.

>>> import torch
>>> probs = torch.tensor([0.1, 0.6, 0.3])
>>> top = torch.topk(probs, 2)
>>> len(top * 2)  # tuple repetition: four tensors, no error #zh: 元组重复：四个张量，不报错
4
>>> top.values * 2
tensor([1.2000, 0.6000])
>>> top.indices  # often what you want: the top classes #zh: 往往真正需要的是它：排名靠前的类别
tensor([1, 2])
"""
