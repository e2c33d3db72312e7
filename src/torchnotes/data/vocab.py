"""Vocab: token <-> id mapping built from a corpus."""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
import torch

from torchnotes._checks import check_int_like
from torchnotes.data._describe import _describe


class Vocab:
    """Token <-> id mapping with special tokens first and unknown tokens mapped to ``unk``.

    Ids are assigned to ``specials`` in order, then to the other tokens by descending
    frequency, ties broken alphabetically, so the same corpus always gives the same ids.
    ``unk_id`` and ``pad_id`` are the ids of ``unk`` and ``pad``; a vocabulary built with
    ``pad=None`` has no padding token and its ``pad_id`` is ``None``. ``max_size`` caps the
    whole vocabulary, specials included, by keeping the most frequent tokens (the limit
    torchtext's ``build_vocab_from_iterator`` calls ``max_tokens``). ``save`` and ``load``
    keep a vocabulary as JSON next to a checkpoint, since the ids a model was trained with
    must not change.

    Args:
        tokens: the corpus, any iterable of ``str`` (not a single ``str``).
        min_freq: tokens seen fewer times are left out (they map to ``unk``).
        specials: reserved tokens, distinct; must contain ``unk``, and ``pad`` unless it
            is ``None``.
        unk: the token every unknown token maps to.
        pad: the padding token, or ``None`` for a vocabulary without one.
        max_size: the most tokens the vocabulary may hold, specials included, or ``None``
            for no limit.

    Raises:
        TypeError: ``tokens`` is a single ``str`` or holds a non-``str``, ``specials`` is
            not a sequence of ``str``, ``unk``/``pad`` are not ``str``, or ``min_freq`` is
            not an integer, or ``max_size`` is not an integer or ``None``.
        ValueError: ``min_freq < 1``, ``specials`` repeats a token or lacks ``unk`` or
            ``pad``, ``pad`` equals ``unk``, or ``max_size`` is smaller than
            ``len(specials)``.

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
        >>> Vocab("the cat sat on the mat".split(), max_size=4).itos  # 2 specials + the 2 most frequent #zh: 2 个特殊 token + 频率最高的 2 个
        ['<pad>', '<unk>', 'the', 'cat']
    """

    def __init__(
        self,
        tokens: Iterable[str],
        min_freq: int = 1,
        specials: Sequence[str] = ("<pad>", "<unk>"),
        unk: str = "<unk>",
        pad: str | None = "<pad>",
        max_size: int | None = None,
    ) -> None:
        min_freq = check_int_like("Vocab", "min_freq", min_freq, minimum=1)
        if max_size is not None:
            max_size = check_int_like("Vocab", "max_size", max_size)
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
        if max_size is not None and max_size < len(specials):
            raise ValueError(
                f"Vocab(): max_size must be >= len(specials)={len(specials)}, got {max_size}"
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
        ][: None if max_size is None else max_size - len(specials)]
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
            TypeError: ``ids`` is not iterable (a 0-d tensor or array included), is a ``str``
                or ``bytes``, or an id is not an integer.
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
        if isinstance(ids, (str, bytes)) or not isinstance(ids, Iterable) or (
            isinstance(ids, (torch.Tensor, np.ndarray)) and ids.ndim == 0
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

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the vocabulary to ``path`` as JSON: its tokens in id order, ``unk`` and ``pad``.

        Args:
            path: the file to write (UTF-8 JSON).

        Raises:
            TypeError: ``path`` is not a ``str`` or ``os.PathLike``.
            ValueError: ``path`` is a folder, or its folder does not exist.

        Examples:
            >>> import tempfile, pathlib
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "vocab.json"
            >>> Vocab("a b b".split()).save(path)
            >>> path.read_text()
            '{"itos": ["<pad>", "<unk>", "b", "a"], "unk": "<unk>", "pad": "<pad>"}'
        """
        if not isinstance(path, (str, os.PathLike)):
            raise TypeError(f"Vocab.save(): path must be a str or os.PathLike, got {type(path).__name__}")
        if os.path.isdir(path):
            raise ValueError(f"Vocab.save(): path is a folder, not a file, got {os.fspath(path)!r}")
        if not os.path.isdir(os.path.dirname(os.path.abspath(os.fspath(path)))):
            raise ValueError(f"Vocab.save(): the folder of path does not exist, got {os.fspath(path)!r}")
        pad = None if self.pad_id is None else self.itos[self.pad_id]
        data = {"itos": self.itos, "unk": self.itos[self.unk_id], "pad": pad}
        with open(path, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Vocab:
        """Read a vocabulary written by :meth:`save`; every token keeps its id.

        Args:
            path: a JSON file written by :meth:`save`.

        Returns:
            A ``Vocab`` equal to the saved one.

        Raises:
            TypeError: ``path`` is not a ``str`` or ``os.PathLike``.
            ValueError: the file is not UTF-8 JSON of the form :meth:`save` writes (``itos``
                a list of distinct ``str`` holding ``unk`` and ``pad``).

        Examples:
            >>> import tempfile, pathlib
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "vocab.json"
            >>> vocab = Vocab("to be or not to be".split())
            >>> vocab.save(path)
            >>> loaded = Vocab.load(path)
            >>> loaded.itos == vocab.itos, loaded.encode(["be", "maybe"])
            (True, [2, 1])
        """
        if not isinstance(path, (str, os.PathLike)):
            raise TypeError(f"Vocab.load(): path must be a str or os.PathLike, got {type(path).__name__}")
        with open(path, encoding="utf-8") as f:
            try:
                data = json.load(f)
            except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as e:
                # UnicodeDecodeError: not UTF-8 text; RecursionError: nested too deep to be ours
                raise ValueError(f"Vocab.load(): {os.fspath(path)!r} is not JSON ({e})") from None
        itos = data.get("itos") if isinstance(data, dict) else None
        unk, pad = (data.get("unk"), data.get("pad")) if isinstance(data, dict) else (None, None)
        if (
            not isinstance(itos, list)
            or not all(isinstance(t, str) for t in itos)
            or len(set(itos)) != len(itos)
            or unk not in itos
            or (pad is not None and pad not in itos)
            or pad == unk
        ):
            raise ValueError(
                f"Vocab.load(): {os.fspath(path)!r} must hold {{'itos': [distinct str], 'unk': str, "
                f"'pad': str or null}} with unk and pad in itos, as Vocab.save writes"
            )
        vocab = cls.__new__(cls)
        vocab.itos = list(itos)
        vocab.stoi = {t: i for i, t in enumerate(itos)}
        vocab.unk_id = vocab.stoi[unk]
        vocab.pad_id = None if pad is None else vocab.stoi[pad]
        return vocab
