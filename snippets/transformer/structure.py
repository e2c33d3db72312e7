"""nn.Transformer is an encoder stack and a decoder stack; it maps (src, tgt) embeddings to d_model features.

>>> import torch
>>> from torch import nn
>>> _ = torch.manual_seed(0)
>>> model = nn.Transformer(d_model=16, nhead=4, num_encoder_layers=2, num_decoder_layers=2,
...                        dim_feedforward=32, batch_first=True).eval()
>>> [name for name, _ in model.named_children()]
['encoder', 'decoder']
>>> type(model.encoder.layers[0]).__name__, len(model.encoder.layers)
('TransformerEncoderLayer', 2)
>>> type(model.encoder.norm).__name__, type(model.decoder.norm).__name__  # each stack ends with one more LayerNorm #zh: 每个栈的末尾还有一个 LayerNorm
('LayerNorm', 'LayerNorm')
>>> [name for name, _ in model.decoder.layers[0].named_children() if "dropout" not in name]  # self-attention, cross-attention, feed-forward #zh: 自注意力、交叉注意力、前馈网络
['self_attn', 'multihead_attn', 'linear1', 'linear2', 'norm1', 'norm2', 'norm3']
>>> src = torch.randn(3, 7, 16)  # (batch, source length, d_model) #zh: （批大小, 源序列长度, d_model）
>>> tgt = torch.randn(3, 5, 16)  # (batch, target length, d_model) #zh: （批大小, 目标序列长度, d_model）
>>> mask = nn.Transformer.generate_square_subsequent_mask(5)  # target position i sees positions 0..i only #zh: 目标位置 i 只能看到位置 0..i
>>> out = model(src, tgt, tgt_mask=mask, tgt_is_causal=True)
>>> out.shape  # one d_model vector per target position #zh: 每个目标位置一个 d_model 维向量
torch.Size([3, 5, 16])
>>> torch.allclose(model(src, tgt), out, atol=1e-6)  # without tgt_mask the decoder is not causal #zh: 不传 tgt_mask 时，解码器不是因果的
False
>>> model(src, tgt, tgt_is_causal=True)  # the flag alone builds no mask #zh: 只给这个标志并不会生成掩码
Traceback (most recent call last):
    ...
RuntimeError: Need attn_mask if specifying the is_causal hint. You may use the Transformer module method `generate_square_subsequent_mask` to create this mask.
>>> memory = model.encoder(src)  # the encoder alone: the memory the decoder attends to #zh: 单独运行编码器：解码器要关注的记忆（memory）
>>> torch.allclose(model.decoder(tgt, memory, tgt_mask=mask, tgt_is_causal=True), out, atol=1e-6)
True
"""
