"""Data: the pieces between raw text and a training batch.

``Vocab`` maps tokens to ids, ``TextDataset`` cuts one long id sequence into
(input, next-token target) windows, and ``pad_collate`` turns samples of different
lengths into one padded batch with an attention mask.
"""

from torchnotes.data.batching import default_collate, pad_collate
from torchnotes.data.loading import RangeStream, batch_indices
from torchnotes.data.vocab import Vocab
from torchnotes.data.windows import TextDataset

__all__ = [
    "RangeStream", "TextDataset", "Vocab", "batch_indices", "default_collate", "pad_collate",
]
