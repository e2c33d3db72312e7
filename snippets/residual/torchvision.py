"""BasicBlock has torchvision's layout: ResNet-18 and ResNet-34 are built from it, and its state_dict loads into ours.

>>> import torch
>>> from torchvision.models import resnet18, resnet34
>>> from torchnotes.concepts import BasicBlock
>>> _ = torch.manual_seed(0)
>>> type(resnet18().layer1[0]).__name__, type(resnet34().layer1[0]).__name__
('BasicBlock', 'BasicBlock')
>>> theirs = resnet18().layer2[0].eval()  # 64 -> 128 channels, stride 2 #zh: 64 -> 128 个通道，步长 2
>>> ours = BasicBlock(64, 128, stride=2).eval()
>>> ours.load_state_dict(theirs.state_dict())  # the same names and shapes #zh: 名字和形状都相同
<All keys matched successfully>
>>> x = torch.randn(1, 64, 8, 8)
>>> torch.equal(ours(x), theirs(x))
True
"""
