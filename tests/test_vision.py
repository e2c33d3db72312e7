"""Vision helpers proven equal to torchvision.transforms.v2 and torchvision.datasets.ImageFolder."""

import warnings

import numpy as np
import pytest
import torch
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.vision import image_folder_samples, normalize, to_float_image

tv = pytest.importorskip("torchvision")
from PIL import Image  # noqa: E402  (Pillow comes with torchvision)
from torchvision.datasets import ImageFolder  # noqa: E402
from torchvision.transforms import v2  # noqa: E402

TO_FLOAT = v2.Compose([v2.ToImage(), v2.ToDtype(torch.float32, scale=True)])
# to_float_image is proven on uint8 and float16/32/64 arrays, uint8/float tensors and PIL
# images of modes L, RGB and RGBA; other dtypes (int16, uint16, bool, complex) are refused.
ARRAY_DTYPES = [np.uint8, np.float16, np.float32, np.float64]


@given(h=st.integers(1, 4), w=st.integers(1, 4), c=st.sampled_from([None, 1, 3, 4]),
       dtype=st.sampled_from(ARRAY_DTYPES), seed=st.integers(0, 2**16))
def test_to_float_image_equals_v2_on_arrays(h, w, c, dtype, seed):
    rng = np.random.default_rng(seed)
    shape = (h, w) if c is None else (h, w, c)
    array = (rng.integers(0, 256, shape) if dtype == np.uint8 else rng.normal(size=shape)).astype(dtype)
    got, expected = to_float_image(array), TO_FLOAT(array)
    assert got.dtype == expected.dtype == torch.float32 and got.shape == expected.shape
    assert torch.equal(got, expected)


@given(mode=st.sampled_from(["L", "RGB", "RGBA"]), seed=st.integers(0, 2**16))
def test_to_float_image_equals_v2_and_to_tensor_on_pil(mode, seed):
    channels = {"L": 1, "RGB": 3, "RGBA": 4}[mode]
    pixels = np.random.default_rng(seed).integers(0, 256, (3, 2, channels), dtype=np.uint8)
    image = Image.fromarray(pixels.squeeze(-1) if channels == 1 else pixels, mode)
    got = to_float_image(image)
    assert torch.equal(got, TO_FLOAT(image))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ToTensor is deprecated, which is the point
        assert torch.allclose(got, v2.ToTensor()(image))


@given(dtype=st.sampled_from([torch.uint8, torch.float32, torch.float64, torch.bfloat16]),
       lead=st.sampled_from([(), (2,)]), seed=st.integers(0, 2**16))
def test_to_float_image_equals_v2_on_tensors(dtype, lead, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randint(0, 256, (*lead, 3, 2, 2), generator=g).to(dtype)
    assert torch.equal(to_float_image(x), TO_FLOAT(x))


def test_to_float_image_takes_a_non_native_byte_order():
    # torch.from_numpy (and so v2.ToImage) refuses it; the values are the native array's
    array = np.arange(6, dtype=np.float32).reshape(2, 3)
    swapped = array.astype(array.dtype.newbyteorder("S"))
    assert torch.equal(to_float_image(swapped), TO_FLOAT(array))


def test_normalize_takes_numpy_scalars_as_one_number_for_every_channel():
    x = torch.rand(3, 2, 2, generator=torch.Generator().manual_seed(0))
    expected = v2.Normalize([0.5] * 3, [0.25] * 3)(x)
    assert torch.equal(normalize(x, np.float32(0.5), np.float64(0.25)), expected)


def test_to_float_image_follows_the_device():
    out = to_float_image(torch.empty(3, 4, 4, dtype=torch.uint8, device="meta"))
    assert out.device.type == "meta" and out.dtype == torch.float32


@given(c=st.integers(1, 4), dtype=st.sampled_from([torch.float32, torch.float64, torch.float16, torch.bfloat16]),
       lead=st.sampled_from([(), (2,)]), one=st.booleans(), seed=st.integers(0, 2**16))
def test_normalize_equals_v2(c, dtype, lead, one, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.rand(*lead, c, 2, 3, generator=g).to(dtype)
    n = 1 if one else c
    mean = torch.rand(n, generator=g).tolist()
    std = (torch.rand(n, generator=g) + 0.1).tolist()
    got = normalize(x, mean, std)
    expected = v2.Normalize(mean if n == c else mean * c, std if n == c else std * c)(x)
    assert got.dtype == expected.dtype and torch.equal(got, expected)


def test_normalize_follows_the_device():
    assert normalize(torch.empty(3, 2, 2, device="meta"), [0.5] * 3, [0.2] * 3).device.type == "meta"


def _folder(tmp_path, names):
    for name in names:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (2, 2)).save(path) if path.suffix.lower() in (".png", ".jpg") else path.write_text("x")
    return tmp_path


@pytest.mark.parametrize("names", [
    ["b/1.png", "a/2.png", "a/1.PNG"],
    ["cat/x.jpg", "cat/sub/y.png", "dog/z.png", "dog/readme.txt", "loose.png"],
    ["z/9.png", "y/8.png", "x/7.png", "x/deeper/a/b.png"],
])
def test_image_folder_samples_equal_image_folder(tmp_path, names):
    root = _folder(tmp_path, names)
    classes, samples = image_folder_samples(root)
    ds = ImageFolder(root)
    assert classes == ds.classes and samples == ds.samples


def test_both_refuse_an_empty_class(tmp_path):
    root = _folder(tmp_path, ["a/1.png", "b/readme.txt"])
    with pytest.raises(FileNotFoundError, match="Found no valid file for the classes b"):
        ImageFolder(root)
    with pytest.raises(ValueError, match="class folders without an image: b"):
        image_folder_samples(root)


with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # nested tensors are a prototype
    NESTED = torch.nested.nested_tensor([torch.ones(3, 2, 2), torch.ones(3, 1, 1)])


def _tmp(names):
    import tempfile
    from pathlib import Path
    return _folder(Path(tempfile.mkdtemp()), names)


BAD_CALLS = [
    Bad(to_float_image, ([[1, 2]],), TypeError, r"pic must be a PIL image, a NumPy array or a tensor, got list"),
    Bad(to_float_image, (np.zeros((2, 2), dtype=np.int16),), TypeError, r"pic must hold uint8 or floating-point values, got int16"),
    Bad(to_float_image, (np.zeros((2, 2), dtype=bool),), TypeError, r"got bool"),
    Bad(to_float_image, (torch.zeros(3, 2, 2, dtype=torch.int32),), TypeError, r"got torch.int32"),
    Bad(to_float_image, (torch.zeros(3, 2, 2, dtype=torch.complex64),), TypeError, r"got torch.complex64"),
    Bad(to_float_image, (np.zeros(4, dtype=np.uint8),), ValueError, r"an array image must be \(H, W\) or \(H, W, C\), got shape \(4,\)"),
    Bad(to_float_image, (torch.zeros(4),), ValueError, r"a tensor image needs \(\.\.\., H, W\), got shape \(4,\)"),
    Bad(normalize, (np.zeros((3, 2, 2)), [0.5], [0.5]), TypeError, r"normalize\(\): image must be a torch.Tensor, got ndarray"),
    Bad(normalize, (torch.zeros(3, 2, 2, dtype=torch.uint8), [0.5], [0.5]), TypeError, r"image must be a floating-point tensor, got torch.uint8"),
    Bad(normalize, (torch.zeros(2, 2), [0.5], [0.5]), ValueError, r"image must be \(\.\.\., C, H, W\), got shape \(2, 2\)"),
    Bad(normalize, (torch.zeros(3, 2, 2), [0.5, 0.5], [0.5]), ValueError, r"mean must have 1 or 3 entries \(the channels\), got 2"),
    Bad(normalize, (torch.zeros(3, 2, 2), [0.5], [1, 0, 1]), ValueError, r"std must not contain 0"),
    Bad(normalize, (torch.zeros(3, 2, 2), "0.5", [0.5]), TypeError, r"mean must be a sequence of real numbers, got str"),
    Bad(normalize, (torch.zeros(3, 2, 2), [0.5], [True]), TypeError, r"std must be a sequence of real numbers, got list"),
    Bad(normalize, (torch.zeros(3, 2, 2), [0.5], [1j]), TypeError, r"std must be a sequence of real numbers"),
    Bad(to_float_image, (torch.ones(3, 2, 2).to_sparse(),), TypeError, r"pic must be a dense tensor, got torch.sparse_coo"),
    Bad(to_float_image, (NESTED,), TypeError, r"pic must be a dense tensor, got nested"),
    Bad(normalize, (torch.ones(3, 2, 2).to_sparse(), [0.5], [0.5]), TypeError, r"image must be a dense tensor, got torch.sparse_coo"),
    Bad(normalize, (NESTED, [0.5], [0.5]), TypeError, r"image must be a dense tensor, got nested"),
    Bad(normalize, (torch.zeros(3, 2, 2), [0.5], [2**1100]), ValueError, r"std must hold numbers that fit a float64, got an int of 1101 bits"),
    Bad(normalize, (torch.zeros(3, 2, 2), [0.5], [torch.tensor(0.5)]), TypeError, r"std must be a sequence of real numbers, got list holding Tensor"),
    Bad(normalize, (torch.zeros(3, 2, 2), [0.5], [1e-50]), ValueError, r"std must not contain 0 \(in torch.float32\), got \[1e-50\]"),
    Bad(image_folder_samples, (".", [".png", 1]), TypeError, r"extensions must be a sequence of str .*got list holding int"),
    Bad(normalize, (torch.zeros(3, 2, 2).to(torch.float8_e4m3fn), [0.5], [0.5]), TypeError,
        r"image must be float16, bfloat16, float32 or float64, got torch.float8_e4m3fn"),
    Bad(image_folder_samples, (3,), TypeError, r"root must be a str or os.PathLike, got int"),
    Bad(image_folder_samples, (".", ".png"), TypeError, r"extensions must be a sequence of str such as \('.png',\), got str"),
    Bad(image_folder_samples, ("/nonexistent/folder",), ValueError, r"root must be a folder, got '/nonexistent/folder'"),
    Bad(image_folder_samples, (_tmp(["loose.png"]),), ValueError, r"holds no class folder"),
    Bad(image_folder_samples, (_tmp(["a/1.png", "b/x.txt"]),), ValueError, r"class folders without an image: b"),
]

if np.dtype(np.longdouble).itemsize > 8:  # float96/float128 where the platform has one
    BAD_CALLS.append(Bad(to_float_image, (np.zeros((2, 2), dtype=np.longdouble),), TypeError,
                         rf"pic must hold uint8 or floating-point values, got {np.dtype(np.longdouble)}"))


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
