"""CLIP scores every image against every text of the batch; the diagonal holds the true pairs.

>>> import math
>>> import torch
>>> import torch.nn.functional as F
>>> from torchnotes.concepts import clip_loss
>>> _ = torch.manual_seed(0)
>>> img = F.normalize(torch.randn(4, 16), dim=1)  # stand-ins for the image encoder's output #zh: 代替图像编码器的输出
>>> txt = F.normalize(img + 0.2 * torch.randn(4, 16), dim=1)  # text i roughly matches image i #zh: 第 i 段文本大致对应第 i 张图
>>> logit_scale = torch.nn.Parameter(torch.tensor(math.log(1 / 0.07)))  # learnable; temperature 0.07 #zh: 可学习；温度初始为 0.07
>>> logits = logit_scale.exp() * img @ txt.T  # (images, texts) #zh: (图像, 文本)
>>> logits.shape
torch.Size([4, 4])
>>> logits.argmax(dim=1)  # each image's best text #zh: 每张图得分最高的文本
tensor([0, 1, 2, 3])
>>> labels = torch.arange(4)  # pair i is the correct class of row i and of column i #zh: 第 i 行和第 i 列的正确类别都是配对 i
>>> (F.cross_entropy(logits, labels) + F.cross_entropy(logits.T, labels)) / 2
tensor(0.0074, grad_fn=<DivBackward0>)
>>> clip_loss(img, txt, logit_scale)
tensor(0.0074, grad_fn=<DivBackward0>)
>>> (3 * img @ txt.T).diagonal().max() > 1  # without normalising: not cosines, which are at most 1 #zh: 不归一化就不是余弦值（余弦值不超过 1）
tensor(True)
>>> torch.allclose(clip_loss(3 * img, txt, logit_scale), clip_loss(img, txt, logit_scale))  # clip_loss normalises first #zh: clip_loss 会先归一化
True
>>> clip_loss(img[:2], txt[:2], logit_scale)  # fewer negatives, another loss for the same pairs #zh: 负样本更少，同样的配对得到不同的损失
tensor(1.2398e-05, grad_fn=<DivBackward0>)
"""
