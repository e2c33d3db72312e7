"""Layers: what an ``nn`` module computes, written out as plain functions.

One submodule per family; the helpers are used as ``torchnotes.layers.<name>``.
"""

from torchnotes.layers.lookup import embedding, embedding_grad_mask
from torchnotes.layers.norm import batchnorm1d, instance_norm2d, layer_norm
from torchnotes.layers.dropout import dropout, dropout2d
from torchnotes.layers.padding import reflection_pad1d
from torchnotes.layers.pooling import maxpool1d
from torchnotes.layers.conv import conv2d, conv_transpose2d
from torchnotes.layers.dense import linear
from torchnotes.layers.attention import multihead_attention, scaled_dot_product_attention
from torchnotes.layers.encoder import transformer_encoder_layer
from torchnotes.layers.recurrent import gru, gru_cell, lstm, lstm_cell

__all__ = ["embedding", "embedding_grad_mask", "lstm_cell", "gru_cell", "lstm", "gru", "scaled_dot_product_attention", "multihead_attention",
    "transformer_encoder_layer",
    "linear",
    "conv2d", "conv_transpose2d",
    "maxpool1d",
    "reflection_pad1d",
    "dropout", "dropout2d",
    "batchnorm1d", "instance_norm2d", "layer_norm",
]
