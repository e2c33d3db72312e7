"""CLIP only scores image-text pairs: zero-shot classification picks the best of the texts you give it.

>>> import torch
>>> import torch.nn.functional as F
>>> _ = torch.manual_seed(0)
>>> prompts = ["a photo of a cat", "a photo of a dog", "a photo of a car"]
>>> text_emb = F.normalize(torch.randn(3, 16), dim=1)  # stand-ins for the text encoder on the prompts #zh: 代替文本编码器对这些提示的输出
>>> image_emb = F.normalize(text_emb[1] + 0.3 * torch.randn(16), dim=0)  # an image close to "dog" #zh: 一张接近 "dog" 的图
>>> scores = 100 * image_emb @ text_emb.T  # one score per candidate text #zh: 每个候选文本一个分数
>>> scores.shape
torch.Size([3])
>>> scores.softmax(dim=0).round(decimals=3)  # probabilities over these three texts only #zh: 只是在这三段文本上的概率
tensor([0., 1., 0.])
>>> prompts[scores.argmax()]  # a choice among the given texts, not a generated caption #zh: 从给定文本中选一个，而不是生成描述
'a photo of a dog'
"""
