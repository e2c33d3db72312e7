"""nn.Transformer has no embedding, no positional encoding and no output projection.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> model = nn.Transformer(d_model=16, nhead=4, num_encoder_layers=1, num_decoder_layers=1,
...                        dim_feedforward=32, batch_first=True)
>>> sorted({name.split(".")[0] for name, _ in model.named_parameters()})  # no embedding table, no vocabulary head #zh: 没有嵌入表，也没有词表输出层
['decoder', 'encoder']
>>> ids = torch.randint(0, 100, (3, 7))  # token ids #zh: 词元 id
>>> model(ids, ids)
Traceback (most recent call last):
    ...
RuntimeError: the feature number of src and tgt must be equal to d_model
>>> x = torch.randn(1, 4, 16)
>>> reversed_x = x.flip(1)
>>> out = model.eval()(x, x)
>>> torch.allclose(model(reversed_x, reversed_x).flip(1), out, atol=1e-5)  # no positions and no causal mask: order is invisible #zh: 没有位置信息、也没有因果掩码：顺序是看不见的
True
"""
