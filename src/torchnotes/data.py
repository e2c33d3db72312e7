"""Data: the pieces between raw text and a training batch.

``Vocab`` maps tokens to ids, ``TextDataset`` cuts one long id sequence into
(input, next-token target) windows, and ``pad_collate`` turns samples of different
lengths into one padded batch with an attention mask.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import torch
from torch.utils.data import Dataset

from torchnotes._checks import check_int, check_tensor


class Vocab:
    """Token <-> id mapping with special tokens first and unknown tokens mapped to ``<unk>``.

    Ids are assigned to ``specials`` in order, then to tokens by descending frequency,
    ties broken alphabetically, so the same corpus always gives the same ids.

    Args:
        tokens: the corpus, any iterable of strings.
        min_freq: tokens seen fewer times are left out (they map to ``<unk>``).
        specials: reserved tokens; must contain ``unk``.
        unk: the token returned ids map to when a token is unknown.

    >>> vocab = Vocab("the cat sat on the mat".split())
    >>> len(vocab)
    7
    >>> vocab.encode(["the", "dog"])
    [2, 1]
    >>> vocab.decode([2, 3])
    ['the', 'cat']
    >>> vocab.pad_id, vocab.unk_id
    (0, 1)
    """

    def __init__(
        self,
        tokens: Iterable[str],
        min_freq: int = 1,
        specials: Sequence[str] = ("<pad>", "<unk>"),
        unk: str = "<unk>",
    ) -> None:
        check_int("Vocab", "min_freq", min_freq, minimum=1)
        if isinstance(tokens, str):
            raise TypeError(
                "Vocab(): tokens must be an iterable of tokens, got a single str "
                "(split it first, e.g. text.split())"
            )
        if unk not in specials:
            raise ValueError(f"Vocab(): specials must contain unk={unk!r}, got {list(specials)}")
        if len(set(specials)) != len(specials):
            raise ValueError(f"Vocab(): specials must be distinct, got {list(specials)}")
        counts = Counter()
        for token in tokens:
            if not isinstance(token, str):
                raise TypeError(f"Vocab(): every token must be a str, got {type(token).__name__}")
            counts[token] += 1
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        self.itos: list[str] = list(specials) + [
            t for t, n in ranked if n >= min_freq and t not in specials
        ]
        self.stoi: dict[str, int] = {t: i for i, t in enumerate(self.itos)}
        self.unk_id = self.stoi[unk]
        self.pad_id = self.stoi.get("<pad>", self.unk_id)

    def __len__(self) -> int:
        return len(self.itos)

    def __getitem__(self, token: str) -> int:
        return self.stoi.get(token, self.unk_id)

    def __contains__(self, token: object) -> bool:
        return token in self.stoi

    def encode(self, tokens: Iterable[str]) -> list[int]:
        """Ids of ``tokens``; unknown tokens become ``unk_id``."""
        if isinstance(tokens, str):
            raise TypeError("Vocab.encode(): tokens must be a list of tokens, got a single str")
        return [self[t] for t in tokens]

    def decode(self, ids: Iterable[int]) -> list[str]:
        """Tokens of ``ids``; raises ``ValueError`` naming the first id outside the vocabulary."""
        out = []
        for i in ids:
            i = int(i)
            if not 0 <= i < len(self.itos):
                raise ValueError(f"Vocab.decode(): id {i} is outside [0, {len(self.itos)})")
            out.append(self.itos[i])
        return out


class TextDataset(Dataset):
    """Fixed-length windows over one long 1-D sequence of token ids, for next-token prediction.

    Window ``i`` starts at ``i * stride``; its input is ``seq_len`` ids and its target is
    the same window shifted one to the right. A window needs ``seq_len + 1`` ids, so the
    dataset has ``(len(ids) - seq_len - 1) // stride + 1`` windows (0 if too short).
    ``stride < seq_len`` makes windows overlap; ``stride == seq_len`` tiles the text.

    Args:
        ids: a 1-d integer tensor of token ids.
        seq_len: tokens per input window, >= 1.
        stride: step between window starts, >= 1 (default: ``seq_len``).

    >>> ds = TextDataset(torch.arange(10), seq_len=4, stride=2)
    >>> len(ds)
    3
    >>> ds[1]
    (tensor([2, 3, 4, 5]), tensor([3, 4, 5, 6]))
    """

    def __init__(self, ids: torch.Tensor, seq_len: int, stride: int | None = None) -> None:
        check_tensor("TextDataset", "ids", ids)
        if ids.dim() != 1:
            raise ValueError(f"TextDataset(): ids must be 1-d, got shape {tuple(ids.shape)}")
        if ids.dtype.is_floating_point or ids.dtype.is_complex or ids.dtype == torch.bool:
            raise TypeError(f"TextDataset(): ids must be an integer tensor, got {ids.dtype}")
        self.seq_len = check_int("TextDataset", "seq_len", seq_len, minimum=1)
        self.stride = seq_len if stride is None else check_int(
            "TextDataset", "stride", stride, minimum=1
        )
        self.ids = ids

    def __len__(self) -> int:
        return max(0, (len(self.ids) - self.seq_len - 1) // self.stride + 1)

    def __getitem__(self, idx: int) -> tuple[torch.Tensor, torch.Tensor]:
        if isinstance(idx, torch.Tensor) and idx.numel() == 1:  # samplers may yield 0-d tensors
            idx = int(idx)
        check_int("TextDataset.__getitem__", "idx", idx)
        n = len(self)
        if not -n <= idx < n:
            # IndexError is the sequence protocol (it ends plain iteration); say why.
            raise IndexError(f"TextDataset: window {idx} is out of range for {n} windows")
        start = (idx % n) * self.stride
        window = self.ids[start : start + self.seq_len + 1]
        return window[:-1], window[1:]


def pad_collate(
    batch: Sequence[torch.Tensor | tuple[torch.Tensor, torch.Tensor]],
    pad_id: int = 0,
    label_pad_id: int = -100,
) -> dict[str, torch.Tensor]:
    """Pad variable-length 1-d samples into a batch and say which positions are real.

    Each sample is either a 1-d id tensor or an ``(input_ids, labels)`` pair of equal
    length. Inputs are right-padded with ``pad_id``; labels with ``label_pad_id``, whose
    default ``-100`` is the ``ignore_index`` of ``F.cross_entropy``, so padding adds no loss.
    ``attention_mask`` is 1 for real tokens and 0 for padding (the Hugging Face convention;
    ``nn.MultiheadAttention``'s ``key_padding_mask`` wants the opposite, ``mask == 0``).

    Use ``functools.partial(pad_collate, pad_id=vocab.pad_id)`` as a DataLoader's
    ``collate_fn``: unlike a lambda it can be pickled for ``num_workers > 0``.

    >>> out = pad_collate([torch.tensor([5, 6, 7]), torch.tensor([8])])
    >>> out["input_ids"]
    tensor([[5, 6, 7],
            [8, 0, 0]])
    >>> out["attention_mask"]
    tensor([[1, 1, 1],
            [1, 0, 0]])
    """
    if isinstance(batch, torch.Tensor) or not isinstance(batch, Sequence) or not batch:
        raise ValueError(
            f"pad_collate(): batch must be a non-empty list of samples, got {batch!r:.60}"
        )
    check_int("pad_collate", "pad_id", pad_id)
    check_int("pad_collate", "label_pad_id", label_pad_id)
    paired = isinstance(batch[0], (tuple, list))
    inputs, labels = [], []
    for i, sample in enumerate(batch):
        if paired != isinstance(sample, (tuple, list)):
            raise TypeError(
                f"pad_collate(): batch[{i}] must be {'a pair' if paired else 'a tensor'} "
                f"like batch[0], got {type(sample).__name__}"
            )
        parts = tuple(sample) if paired else (sample,)
        if paired and len(parts) != 2:
            raise ValueError(f"pad_collate(): batch[{i}] must be (input_ids, labels), "
                             f"got {len(parts)} items")
        for part in parts:
            check_tensor("pad_collate", f"batch[{i}]", part)
            if part.dim() != 1:
                raise ValueError(
                    f"pad_collate(): batch[{i}] must hold 1-d tensors, got shape {tuple(part.shape)}"
                )
        if paired and len(parts[0]) != len(parts[1]):
            raise ValueError(
                f"pad_collate(): batch[{i}] input and labels differ in length "
                f"({len(parts[0])} vs {len(parts[1])})"
            )
        inputs.append(parts[0])
        if paired:
            labels.append(parts[1])
    lengths = torch.tensor([len(x) for x in inputs])
    width = int(lengths.max())
    # position < length  <=>  a real token; broadcasting builds the whole mask at once
    mask = (torch.arange(width) < lengths[:, None]).long()
    out = {"input_ids": _pad(inputs, width, pad_id), "attention_mask": mask}
    if paired:
        out["labels"] = _pad(labels, width, label_pad_id)
    return out


def _pad(rows: list[torch.Tensor], width: int, value: int) -> torch.Tensor:
    out = torch.full((len(rows), width), value, dtype=rows[0].dtype)
    for i, row in enumerate(rows):
        out[i, : len(row)] = row
    return out
