"""TextDataset: fixed-length (input, next-token target) windows over one id sequence."""

from __future__ import annotations

import torch
from torch.utils.data import Dataset

from torchnotes._checks import check_dense, check_int_like, check_tensor


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
        TypeError: ``ids`` is not a dense integer tensor (sparse, nested and quantized ones
            are refused), or ``seq_len``/``stride`` is not an integer.
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
        check_dense("TextDataset", "ids", ids, message="{name} must be a dense tensor, got a {kind} one")
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
