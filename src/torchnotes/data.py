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

from torchnotes._checks import check_int_like, check_tensor


class Vocab:
    """Token <-> id mapping with special tokens first and unknown tokens mapped to ``unk``.

    Ids are assigned to ``specials`` in order, then to the other tokens by descending
    frequency, ties broken alphabetically, so the same corpus always gives the same ids.
    ``unk_id`` and ``pad_id`` are the ids of ``unk`` and ``pad``; a vocabulary built with
    ``pad=None`` has no padding token and its ``pad_id`` is ``None``.

    Args:
        tokens: the corpus, any iterable of ``str`` (not a single ``str``).
        min_freq: tokens seen fewer times are left out (they map to ``unk``).
        specials: reserved tokens, distinct; must contain ``unk``, and ``pad`` unless it
            is ``None``.
        unk: the token every unknown token maps to.
        pad: the padding token, or ``None`` for a vocabulary without one.

    Raises:
        TypeError: ``tokens`` is a single ``str`` or holds a non-``str``, ``specials`` is
            not a sequence of ``str``, ``unk``/``pad`` are not ``str``, or ``min_freq`` is
            not an integer.
        ValueError: ``min_freq < 1``, ``specials`` repeats a token or lacks ``unk`` or
            ``pad``, or ``pad`` equals ``unk``.

    Examples:
        >>> vocab = Vocab("the cat sat on the mat".split())
        >>> len(vocab)
        7
        >>> vocab.itos  # specials, then by frequency, ties alphabetical #zh: 先是特殊 token，再按频率排，频率相同按字母序
        ['<pad>', '<unk>', 'the', 'cat', 'mat', 'on', 'sat']
        >>> vocab.pad_id, vocab.unk_id
        (0, 1)
        >>> Vocab("a b b".split(), min_freq=2).itos
        ['<pad>', '<unk>', 'b']
        >>> Vocab(["a"], specials=("<unk>",), pad=None).pad_id is None
        True
    """

    def __init__(
        self,
        tokens: Iterable[str],
        min_freq: int = 1,
        specials: Sequence[str] = ("<pad>", "<unk>"),
        unk: str = "<unk>",
        pad: str | None = "<pad>",
    ) -> None:
        min_freq = check_int_like("Vocab", "min_freq", min_freq, minimum=1)
        if isinstance(specials, str) or not isinstance(specials, Sequence):
            raise TypeError(
                f"Vocab(): specials must be a sequence of str such as ('<pad>', '<unk>'), "
                f"got {type(specials).__name__}"
            )
        for token in specials:
            if not isinstance(token, str):
                raise TypeError(f"Vocab(): specials must hold str, got {type(token).__name__}")
        for name, token in (("unk", unk), ("pad", pad)):
            if not isinstance(token, str) and not (name == "pad" and token is None):
                raise TypeError(f"Vocab(): {name} must be a str, got {type(token).__name__}")
        if len(set(specials)) != len(specials):
            raise ValueError(f"Vocab(): specials must be distinct, got {list(specials)}")
        if unk not in specials:
            raise ValueError(f"Vocab(): specials must contain unk={unk!r}, got {list(specials)}")
        if pad == unk:
            raise ValueError(f"Vocab(): pad and unk must be different tokens, got {pad!r} for both")
        if pad is not None and pad not in specials:
            raise ValueError(
                f"Vocab(): specials must contain pad={pad!r}, got {list(specials)} "
                f"(pass pad=None for a vocabulary without a padding token)"
            )
        if isinstance(tokens, str):
            raise TypeError(
                "Vocab(): tokens must be an iterable of tokens, got a single str "
                "(split it first, e.g. text.split())"
            )
        if not isinstance(tokens, Iterable):
            raise TypeError(f"Vocab(): tokens must be an iterable of str, got {type(tokens).__name__}")
        counts: Counter[str] = Counter()
        for token in tokens:
            if not isinstance(token, str):
                raise TypeError(f"Vocab(): every token must be a str, got {type(token).__name__}")
            counts[token] += 1
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        self.itos: list[str] = list(specials) + [
            t for t, n in ranked if n >= min_freq and t not in specials
        ]
        self.stoi: dict[str, int] = {t: i for i, t in enumerate(self.itos)}
        self.unk_id: int = self.stoi[unk]
        self.pad_id: int | None = None if pad is None else self.stoi[pad]

    def __len__(self) -> int:
        return len(self.itos)

    def __getitem__(self, token: str) -> int:
        """The id of one token; an unknown token gives ``unk_id``.

        Args:
            token: a ``str``.

        Returns:
            The token's id.

        Raises:
            TypeError: ``token`` is not a ``str``.

        Examples:
            >>> vocab = Vocab("a b b".split())
            >>> vocab["b"], vocab["zebra"]
            (2, 1)
        """
        if not isinstance(token, str):
            raise TypeError(f"Vocab[token]: token must be a str, got {type(token).__name__}")
        return self.stoi.get(token, self.unk_id)

    def __contains__(self, token: object) -> bool:
        # Only a str can be a token; `[1] in vocab` is False rather than "unhashable type".
        return isinstance(token, str) and token in self.stoi

    def encode(self, tokens: Iterable[str]) -> list[int]:
        """Ids of ``tokens``; unknown tokens become ``unk_id``.

        Args:
            tokens: an iterable of ``str`` (not a single ``str``).

        Returns:
            A list of ``int`` ids, one per token.

        Raises:
            TypeError: ``tokens`` is a single ``str``, not iterable, or holds a non-``str``.

        Examples:
            >>> vocab = Vocab("to be or not to be".split())
            >>> vocab.encode(["to", "be", "maybe"])
            [3, 2, 1]
        """
        if isinstance(tokens, str):
            raise TypeError(
                "Vocab.encode(): tokens must be a list of tokens, got a single str "
                "(split it first, e.g. text.split())"
            )
        if not isinstance(tokens, Iterable):
            raise TypeError(f"Vocab.encode(): tokens must be an iterable of str, got {type(tokens).__name__}")
        ids = []
        for i, token in enumerate(tokens):
            if not isinstance(token, str):
                raise TypeError(f"Vocab.encode(): tokens[{i}] must be a str, got {type(token).__name__}")
            ids.append(self.stoi.get(token, self.unk_id))
        return ids

    def decode(self, ids: Iterable[int]) -> list[str]:
        """Tokens of ``ids``.

        An id is anything Python uses as an index: an ``int``, a NumPy integer or a
        one-element integer tensor, so a 1-d id tensor decodes directly. A float is never
        truncated to an id, and a negative id does not count from the end.

        Args:
            ids: an iterable of integer ids in ``[0, len(vocab))``.

        Returns:
            A list of tokens, one per id.

        Raises:
            TypeError: ``ids`` is not iterable (a 0-d tensor included) or an id is not an
                integer.
            ValueError: an id is outside ``[0, len(vocab))``.

        Examples:
            >>> vocab = Vocab("to be or not to be".split())
            >>> vocab.decode([3, 2, 1])
            ['to', 'be', '<unk>']
            >>> vocab.decode(torch.tensor([4, 5]))
            ['not', 'or']
            >>> vocab.decode([1.5])  # not truncated to 1 #zh: 不会被截断成 1
            Traceback (most recent call last):
                ...
            TypeError: Vocab.decode(): ids[0] must be an int, got float
            >>> vocab.decode([-1])  # not the last token #zh: 不是最后一个 token
            Traceback (most recent call last):
                ...
            ValueError: Vocab.decode(): ids[0] must be in [0, 6), got -1
        """
        if isinstance(ids, str) or not isinstance(ids, Iterable) or (
            isinstance(ids, torch.Tensor) and ids.dim() == 0
        ):
            raise TypeError(f"Vocab.decode(): ids must be an iterable of integer ids, got {_describe(ids)}")
        out = []
        for position, value in enumerate(ids):
            i = check_int_like("Vocab.decode", f"ids[{position}]", value)
            if not 0 <= i < len(self.itos):
                raise ValueError(
                    f"Vocab.decode(): ids[{position}] must be in [0, {len(self.itos)}), got {i}"
                )
            out.append(self.itos[i])
        return out


class TextDataset(Dataset):
    """Fixed-length windows over one long 1-D sequence of token ids, for next-token prediction.

    Window ``i`` starts at ``i * stride``. Its input ``x`` is ``seq_len`` ids and its target
    ``y`` is the same span moved one position further along the text (shifted left by
    one): ``y[t] == x[t + 1]``, so each position's target is the token that follows it. A
    window needs ``seq_len + 1`` ids, so the dataset has
    ``(len(ids) - seq_len - 1) // stride + 1`` windows (0 if ``ids`` is too short); ids at
    the end that do not fill a window are left out. ``stride < seq_len`` makes windows
    overlap; ``stride == seq_len`` tiles the text. Samples are views of ``ids``.

    Args:
        ids: a 1-d integer tensor of token ids.
        seq_len: tokens per input window, ``>= 1``.
        stride: step between window starts, ``>= 1`` (default: ``seq_len``).

    Raises:
        TypeError: ``ids`` is not an integer tensor, or ``seq_len``/``stride`` is not an
            integer.
        ValueError: ``ids`` is not 1-d, or ``seq_len``/``stride`` is below 1.

    Examples:
        >>> ds = TextDataset(torch.arange(10), seq_len=4, stride=2)
        >>> len(ds)
        3
        >>> ds[1]
        (tensor([2, 3, 4, 5]), tensor([3, 4, 5, 6]))
        >>> len(TextDataset(torch.arange(4), seq_len=4))  # 4 ids cannot fill 4 + 1 #zh: 4 个 id 凑不满 4 + 1 个
        0
    """

    def __init__(self, ids: torch.Tensor, seq_len: int, stride: int | None = None) -> None:
        check_tensor("TextDataset", "ids", ids)
        if ids.dtype.is_floating_point or ids.dtype.is_complex or ids.dtype == torch.bool:
            raise TypeError(f"TextDataset(): ids must be an integer tensor, got {ids.dtype}")
        if ids.dim() != 1:
            raise ValueError(f"TextDataset(): ids must be 1-d, got shape {tuple(ids.shape)}")
        self.seq_len: int = check_int_like("TextDataset", "seq_len", seq_len, minimum=1)
        self.stride: int = (
            self.seq_len if stride is None else check_int_like("TextDataset", "stride", stride, minimum=1)
        )
        self.ids = ids

    def __len__(self) -> int:
        return max(0, (len(self.ids) - self.seq_len - 1) // self.stride + 1)

    def __getitem__(self, idx: int) -> tuple[torch.Tensor, torch.Tensor]:
        """Window ``idx`` as ``(x, y)``, with ``y[t] == x[t + 1]``.

        ``idx`` is anything Python uses as an index (an ``int``, a NumPy integer such as
        the items of ``np.random.permutation``, a one-element integer tensor); negative
        values count from the end. Out of range it raises ``IndexError``, as a list does,
        which is what ends a plain ``for`` loop over the dataset.

        Args:
            idx: the window, in ``[-len(ds), len(ds))``.

        Returns:
            ``(x, y)``: two 1-d tensors of ``seq_len`` ids, views of ``ids``.

        Raises:
            TypeError: ``idx`` is not an integer (a float, a bool, a slice).
            IndexError: ``idx`` is out of range.

        Examples:
            >>> ds = TextDataset(torch.arange(10), seq_len=4)
            >>> ds[-1]
            (tensor([4, 5, 6, 7]), tensor([5, 6, 7, 8]))
            >>> [x.tolist() for x, y in ds]  # the loop stops at IndexError #zh: 循环在 IndexError 处结束
            [[0, 1, 2, 3], [4, 5, 6, 7]]
            >>> import numpy as np
            >>> from torch.utils.data import DataLoader, Subset
            >>> ds = TextDataset(torch.arange(13), seq_len=3)
            >>> order = np.random.default_rng(0).permutation(len(ds))  # NumPy int64 indices #zh: NumPy 的 int64 索引
            >>> order
            array([2, 0, 1, 3])
            >>> next(iter(DataLoader(Subset(ds, order), batch_size=4)))[0]
            tensor([[ 6,  7,  8],
                    [ 0,  1,  2],
                    [ 3,  4,  5],
                    [ 9, 10, 11]])
            >>> x, y = ds[0]
            >>> x[0] = 100  # x is a view: writing to it writes to ds.ids #zh: x 是视图：写 x 就是写 ds.ids
            >>> ds.ids[:4]
            tensor([100,   1,   2,   3])
        """
        idx = check_int_like("TextDataset.__getitem__", "idx", idx)
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

    Each sample is either a 1-d tensor of ids or an ``(input_ids, labels)`` pair of equal
    length. Inputs are right-padded with ``pad_id``; labels with ``label_pad_id``, whose
    default ``-100`` is the ``ignore_index`` of ``F.cross_entropy``, so padding adds no
    loss. ``attention_mask`` (``int64``) is 1 for real tokens and 0 for padding (the Hugging
    Face convention; ``nn.MultiheadAttention``'s ``key_padding_mask`` wants the opposite,
    ``mask == 0``).

    Samples of different dtypes are promoted as ``torch.stack`` (and so ``default_collate``)
    promotes them; ``torch.nn.utils.rnn.pad_sequence`` instead casts every sample to the
    first one's dtype. All results live on the samples' device.

    Use ``functools.partial(pad_collate, pad_id=vocab.pad_id)`` as a DataLoader's
    ``collate_fn``: unlike a lambda it can be pickled, which workers started by ``spawn``
    or ``forkserver`` need.

    Args:
        batch: a non-empty list of samples, all tensors or all pairs, on one device.
        pad_id: the value padded into ``input_ids``; it must fit their dtype.
        label_pad_id: the value padded into ``labels``; it must fit their dtype.

    Returns:
        A dict with ``input_ids`` and ``attention_mask`` of shape ``(len(batch), longest)``,
        plus ``labels`` when the samples are pairs.

    Raises:
        TypeError: ``batch`` is not a list, a sample is not a tensor or a pair of tensors,
            samples mix the two kinds, or ``pad_id``/``label_pad_id`` is not an integer.
        ValueError: ``batch`` is empty, a tensor is not 1-d, a pair's lengths differ, the
            samples are on different devices, or a pad value does not fit the dtype.

    Examples:
        >>> out = pad_collate([torch.tensor([5, 6, 7]), torch.tensor([8])])
        >>> out["input_ids"]
        tensor([[5, 6, 7],
                [8, 0, 0]])
        >>> out["attention_mask"]
        tensor([[1, 1, 1],
                [1, 0, 0]])
        >>> pad_collate([(torch.tensor([5, 6]), torch.tensor([6, 7]))])["labels"]
        tensor([[6, 7]])
        >>> pad_collate([torch.tensor([1], dtype=torch.int32), torch.tensor([2**40])])["input_ids"]
        tensor([[            1],
                [1099511627776]])
        >>> pad_collate([torch.empty(2, dtype=torch.long, device="meta")])["attention_mask"].device
        device(type='meta')
    """
    if isinstance(batch, (torch.Tensor, str)) or not isinstance(batch, Sequence):
        raise TypeError(f"pad_collate(): batch must be a list of samples, got {_describe(batch)}")
    if not batch:
        raise ValueError("pad_collate(): batch must be a non-empty list of samples, got an empty one")
    pad_id = check_int_like("pad_collate", "pad_id", pad_id)
    label_pad_id = check_int_like("pad_collate", "label_pad_id", label_pad_id)
    paired = not isinstance(batch[0], torch.Tensor)
    inputs, labels = [], []
    for i, sample in enumerate(batch):
        parts = _sample_parts(i, sample)
        if paired != (len(parts) == 2):
            raise TypeError(
                f"pad_collate(): batch[{i}] must be {'a pair' if paired else 'a tensor'} "
                f"like batch[0], got {_describe(sample)}"
            )
        if inputs and parts[0].device != inputs[0].device:
            raise ValueError(
                f"pad_collate(): every sample must be on one device, batch[0] is on "
                f"{inputs[0].device} and batch[{i}] on {parts[0].device}"
            )
        if paired and parts[1].device != parts[0].device:
            raise ValueError(
                f"pad_collate(): batch[{i}] has input_ids on {parts[0].device} and labels on "
                f"{parts[1].device}"
            )
        if paired and len(parts[0]) != len(parts[1]):
            raise ValueError(
                f"pad_collate(): batch[{i}] input_ids and labels differ in length "
                f"({len(parts[0])} vs {len(parts[1])})"
            )
        inputs.append(parts[0])
        if paired:
            labels.append(parts[1])
    device = inputs[0].device
    lengths = torch.tensor([len(x) for x in inputs], device=device)
    width = max(len(x) for x in inputs)
    # position < length  <=>  a real token; broadcasting builds the whole mask at once
    mask = (torch.arange(width, device=device) < lengths[:, None]).long()
    out = {"input_ids": _pad(inputs, width, pad_id, "pad_id"), "attention_mask": mask}
    if paired:
        out["labels"] = _pad(labels, width, label_pad_id, "label_pad_id")
    return out


def _sample_parts(i: int, sample: object) -> tuple[torch.Tensor, ...]:
    """``(input_ids,)`` or ``(input_ids, labels)`` of ``batch[i]``, each a checked 1-d tensor."""
    expected = "a 1-d tensor or an (input_ids, labels) pair of 1-d tensors"
    if isinstance(sample, torch.Tensor):
        parts: tuple = (sample,)
    elif isinstance(sample, (tuple, list)) and len(sample) == 2 and all(
        isinstance(p, torch.Tensor) for p in sample
    ):
        parts = tuple(sample)
    else:
        hint = " (make each sample a tensor, e.g. torch.tensor(ids))" if isinstance(sample, list) else ""
        raise TypeError(f"pad_collate(): batch[{i}] must be {expected}, got {_describe(sample)}{hint}")
    for part in parts:
        if part.dim() != 1:
            raise ValueError(
                f"pad_collate(): batch[{i}] must hold 1-d tensors, got shape {tuple(part.shape)}"
            )
    return parts


def _pad(rows: list[torch.Tensor], width: int, value: int, name: str) -> torch.Tensor:
    dtype = rows[0].dtype
    for row in rows[1:]:
        dtype = torch.promote_types(dtype, row.dtype)
    _check_fits(value, dtype, name)
    out = torch.full((len(rows), width), value, dtype=dtype, device=rows[0].device)
    for i, row in enumerate(rows):
        out[i, : len(row)] = row
    return out


def _check_fits(value: int, dtype: torch.dtype, name: str) -> None:
    """Refuse a pad value that ``dtype`` cannot hold instead of letting it wrap or saturate."""
    if dtype == torch.bool:
        low, high = 0, 1
    elif dtype.is_floating_point or dtype.is_complex:
        limit = torch.finfo(dtype).max
        low, high = -limit, limit
    else:
        info = torch.iinfo(dtype)
        low, high = info.min, info.max
    if not low <= value <= high:
        raise ValueError(
            f"pad_collate(): {name}={value} does not fit the samples' dtype {dtype} "
            f"(range [{low}, {high}])"
        )


def _describe(value: object) -> str:
    """A short name for what a caller passed: the type, plus what a list or tuple holds."""
    if isinstance(value, torch.Tensor):
        return f"a {value.dtype} tensor of shape {tuple(value.shape)}"
    if isinstance(value, (list, tuple)):
        inner = sorted({type(v).__name__ for v in value})
        return f"{type(value).__name__} of {', '.join(inner)}" if inner else f"an empty {type(value).__name__}"
    return type(value).__name__
