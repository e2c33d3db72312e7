"""Vision: what torchvision's image transforms and ImageFolder do, in plain torch and os.

Nothing here imports torchvision, so the helpers run where it is not installed; the tests
prove them equal to ``torchvision.transforms.v2`` and ``torchvision.datasets.ImageFolder``.
"""

from __future__ import annotations

import numbers
import os
from collections.abc import Sequence
from typing import Any

import numpy as np
import torch

from torchnotes._checks import check_dense, check_tensor

_NORMALIZE_DTYPES = (torch.float16, torch.bfloat16, torch.float32, torch.float64)

#: The file extensions ``ImageFolder`` reads (compared lower-cased), as torchvision lists them.
IMG_EXTENSIONS = (".jpg", ".jpeg", ".png", ".ppm", ".bmp", ".pgm", ".tif", ".tiff", ".webp")


def to_float_image(pic: Any) -> torch.Tensor:
    """``v2.Compose([v2.ToImage(), v2.ToDtype(torch.float32, scale=True)])``: an image as a float tensor.

    The replacement of the deprecated ``ToTensor``. A PIL image or a NumPy array of shape
    ``(H, W)`` or ``(H, W, C)`` becomes a ``(C, H, W)`` tensor (channels first); a tensor is
    taken to be ``(..., C, H, W)`` already and is not permuted. ``uint8`` values are scaled
    into ``[0, 1]`` by multiplying with ``1 / 255`` (``ToTensor`` divided by 255, which
    differs in the last bit for some values); floating-point values are only cast to ``float32``, not rescaled
    (``ToTensor`` kept a ``float64`` array ``float64``).

    Args:
        pic: a PIL image, a NumPy array ``(H, W)`` / ``(H, W, C)``, or a tensor
            ``(..., C, H, W)``; ``uint8`` or floating point.

    Returns:
        A ``float32`` tensor ``(C, H, W)`` (a tensor input keeps its leading dimensions), on
        the input tensor's device.

    Raises:
        TypeError: ``pic`` is not a PIL image, array or dense tensor (sparse, nested and
            quantized tensors are refused), or its dtype is not ``uint8`` or floating point
            (other integer types, bool and complex are not followed).
        ValueError: an array is not 2-d or 3-d, or a tensor has fewer than 2 dimensions.

    Examples:
        >>> import numpy as np
        >>> hwc = np.array([[[0, 255, 51]]], dtype=np.uint8)  # 1 x 1 pixel, 3 channels #zh: 1 x 1 个像素，3 个通道
        >>> to_float_image(hwc)
        tensor([[[0.0000]],
        <BLANKLINE>
                [[1.0000]],
        <BLANKLINE>
                [[0.2000]]])
        >>> to_float_image(np.zeros((2, 5))).shape  # a grey image gets one channel #zh: 灰度图得到一个通道
        torch.Size([1, 2, 5])
        >>> to_float_image(np.full((1, 1), 2.0)).item()  # floats are not rescaled #zh: 浮点数不会被缩放
        2.0
    """
    if isinstance(pic, torch.Tensor):
        check_dense("to_float_image", "pic", pic, message="{name} must be a dense tensor, got {kind}")
        image = pic
        if image.dim() < 2:
            raise ValueError(f"to_float_image(): a tensor image needs (..., H, W), got shape {tuple(image.shape)}")
        if image.dim() == 2:
            image = image.unsqueeze(0)
    else:
        if _is_pil(pic):
            array = np.asarray(pic)
        elif isinstance(pic, np.ndarray):
            array = pic
        else:
            raise TypeError(
                f"to_float_image(): pic must be a PIL image, a NumPy array or a tensor, got {type(pic).__name__}"
            )
        if array.ndim not in (2, 3):
            raise ValueError(f"to_float_image(): an array image must be (H, W) or (H, W, C), got shape {array.shape}")
        if array.ndim == 2:
            array = array[:, :, None]
        # float16/32/64: torch.from_numpy has no longdouble
        _check_dtype(str(array.dtype), array.dtype == np.uint8 or (array.dtype.kind == "f" and array.dtype.itemsize <= 8))
        # a copy: a PIL image's array is read-only, which torch.from_numpy warns about; in
        # native byte order, which torch.from_numpy (and so v2.ToImage) cannot convert
        image = torch.from_numpy(np.array(array, dtype=array.dtype.newbyteorder("="))).permute(2, 0, 1)
    _check_dtype(str(image.dtype), image.dtype == torch.uint8 or image.dtype.is_floating_point)
    if image.dtype == torch.uint8:
        # v2.ToDtype multiplies by 1/255; ToTensor divided by 255, which can differ in the last bit.
        return image.to(torch.float32).mul(1.0 / 255)
    return image.to(torch.float32).contiguous()


def normalize(image: torch.Tensor, mean: Sequence[float], std: Sequence[float]) -> torch.Tensor:
    """``v2.Normalize(mean, std)``: ``(image[c] - mean[c]) / std[c]`` for every channel ``c``.

    ``mean`` and ``std`` are constants you pass (usually the statistics of the training set,
    such as ImageNet's), not computed from the image, so the result is not standardised to
    mean 0 and standard deviation 1 unless the constants are the image's own.

    Args:
        image: a floating-point tensor ``(..., C, H, W)``.
        mean: ``C`` numbers, or one number for every channel.
        std: ``C`` numbers (or one), none of them 0.

    Returns:
        A tensor of ``image``'s shape, dtype and device.

    Raises:
        TypeError: ``image`` is not a dense float16, bfloat16, float32 or float64 tensor
            (float8 is refused: torch cannot subtract in it), or ``mean``/``std`` are not
            real numbers or sequences of them.
        ValueError: ``image`` has fewer than 3 dimensions, ``mean``/``std`` have neither 1
            nor ``C`` entries or hold an int beyond float64, or ``std`` holds a 0 (after the
            cast to ``image``'s dtype: ``1e-50`` is 0 in float32).

    Examples:
        >>> x = torch.full((3, 1, 2), 0.5)
        >>> normalize(x, mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225])[:, 0, 0]
        tensor([0.0655, 0.1964, 0.4178])
        >>> normalize(x, [0.5], [0.5]).abs().max().item()  # one number for all channels #zh: 一个数用于所有通道
        0.0
    """
    check_tensor("normalize", "image", image)
    check_dense("normalize", "image", image, message="{name} must be a dense tensor, got {kind}")
    if not image.dtype.is_floating_point:
        raise TypeError(f"normalize(): image must be a floating-point tensor, got {image.dtype} (convert it first)")
    if image.dtype not in _NORMALIZE_DTYPES:  # float8: torch has no subtraction for them
        raise TypeError(f"normalize(): image must be float16, bfloat16, float32 or float64, got {image.dtype} "
                        "(torch cannot subtract in it; convert it first)")
    if image.dim() < 3:
        raise ValueError(f"normalize(): image must be (..., C, H, W), got shape {tuple(image.shape)}")
    channels = image.shape[-3]
    stats = []
    for name, values in (("mean", mean), ("std", std)):
        if _is_real(values):
            values = [values]
        if isinstance(values, (str, bytes)) or not isinstance(values, Sequence):
            raise TypeError(f"normalize(): {name} must be a sequence of real numbers, got {type(values).__name__}")
        for v in values:
            if not _is_real(v):
                raise TypeError(f"normalize(): {name} must be a sequence of real numbers, "
                                f"got {type(values).__name__} holding {type(v).__name__}")
        if len(values) not in (1, channels):
            raise ValueError(f"normalize(): {name} must have 1 or {channels} entries (the channels), got {len(values)}")
        try:
            floats = [float(v) for v in values]
        except OverflowError:  # an int beyond float64; torch.as_tensor overflows too
            raise ValueError(f"normalize(): {name} must hold numbers that fit a float64, got an int "
                             f"of {max(int(v).bit_length() for v in values)} bits") from None
        stats.append(torch.as_tensor(floats, dtype=image.dtype, device=image.device))
    m, s = stats
    if s.device.type != "meta" and (s == 0).any():  # a meta tensor has no values to test
        raise ValueError(f"normalize(): std must not contain 0 (in {image.dtype}), got {list(std)}")
    return (image - m.view(-1, 1, 1)) / s.view(-1, 1, 1)


def image_folder_samples(
    root: str | os.PathLike[str], extensions: Sequence[str] = IMG_EXTENSIONS
) -> tuple[list[str], list[tuple[str, int]]]:
    """The classes and ``(path, class_index)`` samples ``ImageFolder(root)`` finds.

    Every sub-folder of ``root`` is a class; classes are numbered in sorted order of their
    names, so the labels come from the folder names, not from the files. Each class folder
    is walked recursively (following links), folders and files in sorted order, keeping the
    files whose lower-cased name ends with one of ``extensions``; other files are skipped
    silently. Files directly in ``root`` belong to no class and are ignored.

    Args:
        root: the dataset folder, holding one folder per class.
        extensions: the accepted file endings, lower case.

    Returns:
        ``(classes, samples)``: the sorted class names, and the samples in the order
        ``ImageFolder`` indexes them.

    Raises:
        TypeError: ``root`` is not a ``str`` or ``os.PathLike``, or ``extensions`` is not a
            sequence of ``str``.
        ValueError: ``root`` is not a folder, has no class folder, or a class folder holds
            no file with an accepted extension.

    Examples:
        >>> import pathlib, tempfile
        >>> root = pathlib.Path(tempfile.mkdtemp())
        >>> for name in ["dog/b.png", "dog/a.jpg", "dog/puppy/c.png", "cat/x.PNG", "cat/notes.txt", "top.png"]:
        ...     (root / name).parent.mkdir(parents=True, exist_ok=True)
        ...     (root / name).touch()  # dog/puppy is walked too; top.png is in no class #zh: dog/puppy 也会被遍历；top.png 不属于任何类别
        >>> classes, samples = image_folder_samples(root)
        >>> classes
        ['cat', 'dog']
        >>> [(pathlib.Path(p).relative_to(root).as_posix(), label) for p, label in samples]
        [('cat/x.PNG', 0), ('dog/a.jpg', 1), ('dog/b.png', 1), ('dog/puppy/c.png', 1)]
    """
    if not isinstance(root, (str, os.PathLike)):
        raise TypeError(f"image_folder_samples(): root must be a str or os.PathLike, got {type(root).__name__}")
    if isinstance(extensions, str) or not isinstance(extensions, Sequence) or not all(
        isinstance(e, str) for e in extensions
    ):
        odd = next((e for e in extensions if not isinstance(e, str)), None) if isinstance(
            extensions, Sequence) and not isinstance(extensions, str) else None
        holding = f" holding {type(odd).__name__}" if odd is not None else ""
        raise TypeError(
            f"image_folder_samples(): extensions must be a sequence of str such as ('.png',), "
            f"got {type(extensions).__name__}{holding}"
        )
    root = os.path.expanduser(os.fspath(root))
    if not os.path.isdir(root):
        raise ValueError(f"image_folder_samples(): root must be a folder, got {root!r}")
    classes = sorted(entry.name for entry in os.scandir(root) if entry.is_dir())
    if not classes:
        raise ValueError(f"image_folder_samples(): root {root!r} holds no class folder")
    samples = []
    empty = []
    for index, name in enumerate(classes):
        found = False
        for folder, _, files in sorted(os.walk(os.path.join(root, name), followlinks=True)):
            for file in sorted(files):
                if file.lower().endswith(tuple(extensions)):
                    samples.append((os.path.join(folder, file), index))
                    found = True
        if not found:
            empty.append(name)
    if empty:
        raise ValueError(
            f"image_folder_samples(): class folders without an image: {', '.join(empty)} "
            f"(accepted endings: {', '.join(extensions)})"
        )
    return classes, samples


def _is_real(value: object) -> bool:
    # Python and NumPy ints and floats; a bool is a flag, not a statistic
    return isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_))


def _is_pil(pic: object) -> bool:
    try:
        from PIL import Image
    except ImportError:  # without Pillow nothing can be a PIL image
        return False
    return isinstance(pic, Image.Image)


def _check_dtype(dtype: str, ok: bool) -> None:
    if not ok:
        raise TypeError(
            f"to_float_image(): pic must hold uint8 or floating-point values, got {dtype} "
            f"(other dtypes are not followed)"
        )
