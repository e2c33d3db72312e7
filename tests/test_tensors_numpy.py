"""as-tensor, from-numpy: shares_memory and dtype_from_numpy against NumPy and torch."""

import subprocess
import sys
import warnings

import numpy as np
import pytest
import torch
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.tensors import dtype_from_numpy, shares_memory


@st.composite
def views(draw, base):
    """A random non-empty view of ``base``: a slice per dimension (any step sign), maybe transposed."""
    index = []
    for n in base.shape:
        lo = draw(st.integers(0, n - 1))
        hi = draw(st.integers(lo, n - 1))
        step = draw(st.sampled_from([1, 2, 3, -1, -2]))
        index.append(slice(lo, hi + 1, step) if step > 0 else slice(hi, lo - 1 if lo else None, step))
    view = base[tuple(index)]
    return view.T if draw(st.booleans()) else view


# itemsizes 1, 2, 4, 8, 16: the byte ranges scale with them
VIEW_DTYPES = ["int8", "float16", "float32", "float64", "complex128"]


@given(st.data())
def test_shares_memory_equals_numpy_may_share_memory(data):
    shape = data.draw(st.lists(st.integers(1, 6), min_size=1, max_size=2))
    base = np.arange(int(np.prod(shape))).astype(data.draw(st.sampled_from(VIEW_DTYPES))).reshape(shape)
    x, y = data.draw(views(base)), data.draw(views(base))
    assert shares_memory(x, y) == np.may_share_memory(x, y)
    if np.shares_memory(x, y):  # a real common element: never missed
        assert shares_memory(x, y)
    # the same views as tensors (torch has no negative strides: flip those dims back)
    if all(s >= 0 for s in (*x.strides, *y.strides)):
        tx, ty = torch.from_numpy(x), torch.from_numpy(y)
        assert shares_memory(tx, ty) == shares_memory(tx, y) == np.may_share_memory(x, y)


@given(n=st.integers(0, 5), k=st.integers(1, 4))
def test_broadcast_and_expanded_views_share(n, k):
    t = torch.arange(float(n))
    assert shares_memory(t.expand(k, n), t) == (n > 0)  # stride 0: the same bytes k times
    a = np.arange(float(n))
    assert shares_memory(np.broadcast_to(a, (k, n)), a) == (n > 0)


def test_separate_objects_never_share():
    assert not shares_memory(np.zeros(4), np.zeros(4))
    assert not shares_memory(torch.zeros(4), torch.zeros(4).clone())
    assert not shares_memory(torch.zeros(0), torch.zeros(0))


def test_meta_tensors_hold_no_memory():
    m = torch.zeros(4, device="meta")
    assert m.data_ptr() == 0  # every meta tensor claims address 0
    assert not shares_memory(m, m) and not shares_memory(m, torch.zeros(4, device="meta"))


def test_interleaved_views_count_as_overlapping():
    # a bounds check, like numpy.may_share_memory: no common element, but crossing ranges
    a = np.arange(6)
    assert shares_memory(a[::2], a[1::2]) and np.may_share_memory(a[::2], a[1::2])
    assert not np.shares_memory(a[::2], a[1::2])
    t = torch.arange(6)
    assert shares_memory(t[::2], t[1::2]) and not shares_memory(t[:3], t[3:])


def test_lazy_conjugate_and_negative_views_share():
    z = torch.tensor([1 + 2j, 3 - 1j])
    assert shares_memory(z.conj(), z) and shares_memory(torch.ones(2)._neg_view(), torch.ones(2)) is False


@pytest.mark.parametrize("dtype", ["bool", "uint8", "int32", "int64", "float16", "float32", "float64", "complex64"])
def test_as_tensor_and_from_numpy_share_when_no_conversion(dtype):
    arr = np.zeros(4, dtype=dtype)
    for t in (torch.as_tensor(arr), torch.from_numpy(arr)):
        assert shares_memory(t, arr)
        t[0] = 1
        assert arr[0] == 1  # write-through, tensor -> array
        arr[1] = 1
        assert t[1] == 1  # and array -> tensor
        arr[:] = 0
        assert shares_memory(t.numpy(), arr)  # .numpy() shares back


def test_as_tensor_copies_only_when_it_must():
    arr = np.zeros(3)  # float64
    assert not shares_memory(torch.as_tensor(arr, dtype=torch.float32), arr)
    assert shares_memory(torch.as_tensor(arr, dtype=torch.float64), arr)  # no conversion asked
    t = torch.ones(2)
    assert torch.as_tensor(t) is t and torch.as_tensor(t, dtype=torch.float64) is not t
    tokens = [3, 1, 4]
    out = torch.as_tensor(tokens, dtype=torch.long)
    tokens[0] = 9
    assert out.tolist() == [3, 1, 4]  # a list has no buffer to share


def test_torch_tensor_always_copies():
    arr = np.zeros(3, dtype=np.float32)
    t = torch.tensor(arr)
    assert not shares_memory(t, arr)
    arr[0] = 1
    assert t[0] == 0


READ_ONLY_TWICE = """
import warnings, numpy as np, torch
arr = np.broadcast_to(np.zeros(3), (2, 3))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.from_numpy(arr); torch.as_tensor(arr); torch.from_numpy(arr)
print(len(caught))
"""


def test_read_only_warning_is_issued_once_per_process():
    # torch's own once-per-process flag, shared by from_numpy and as_tensor; Python's
    # warning filters cannot bring it back, torch.set_warn_always(True) can
    proc = subprocess.run([sys.executable, "-c", READ_ONLY_TWICE], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "1"
    arr = np.broadcast_to(np.zeros(3), (2, 3))
    torch.set_warn_always(True)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            t = torch.from_numpy(arr)
            torch.as_tensor(arr)
    finally:
        torch.set_warn_always(False)
    assert len(caught) == 2 and "not writable" in str(caught[0].message)
    assert shares_memory(t, arr)  # shared anyway


# --- dtype_from_numpy ------------------------------------------------------------------

NUMPY_DTYPES = [np.dtype(code) for code in np.typecodes["All"]]
NUMPY_DTYPES += [d.newbyteorder("S") for d in NUMPY_DTYPES if d.byteorder not in "|"]
NUMPY_DTYPES += [np.dtype([("a", "f4")]), np.dtype("(2,)f4"), np.dtype("U3"), np.dtype("V8")]


@pytest.mark.parametrize("dtype", NUMPY_DTYPES, ids=lambda d: f"{d.str}-{d.type.__name__}")
def test_dtype_from_numpy_equals_from_numpy(dtype):
    arr = np.zeros(2, dtype=dtype)
    try:
        expected = torch.from_numpy(arr).dtype
    except (TypeError, ValueError) as error:
        with pytest.raises(type(error), match=r"dtype_from_numpy\(\): torch.from_numpy"):
            dtype_from_numpy(dtype)
        return
    assert dtype_from_numpy(dtype) == expected


@pytest.mark.parametrize("spelling", [np.float64, "float64", "f8", "=f8", float, np.dtype("float64"), "(2,)f8"])
def test_dtype_from_numpy_takes_every_spelling_numpy_takes(spelling):
    assert dtype_from_numpy(spelling) == torch.float64


def test_numpy_default_float_meets_float32_weights():
    t = torch.from_numpy(np.linspace(0, 1, 3))
    assert t.dtype == dtype_from_numpy(np.linspace(0, 1, 3).dtype) == torch.float64
    with pytest.raises(RuntimeError, match="same dtype"):
        torch.nn.Linear(3, 1)(t)
    assert torch.nn.Linear(3, 1)(t.float()).dtype == torch.float32


def test_from_numpy_rejects_negative_strides():
    arr = np.arange(4)[::-1]
    with pytest.raises(ValueError, match="negative"):
        torch.from_numpy(arr)
    assert torch.equal(torch.from_numpy(arr.copy()), torch.tensor([3, 2, 1, 0]))
    assert shares_memory(arr, np.ascontiguousarray(arr)) is False


with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # "sparse CSR support is in beta", nested tensors are a prototype
    CSR = torch.eye(2).to_sparse_csr()
    NESTED = torch.nested.nested_tensor([torch.ones(2), torch.ones(3)])

BAD_CALLS = [
    Bad(shares_memory, ([1], torch.ones(1)), TypeError, r"shares_memory\(\): a must be a torch.Tensor or numpy.ndarray, got list"),
    Bad(shares_memory, (torch.ones(1), 3.0), TypeError, r"b must be a torch.Tensor or numpy.ndarray, got float"),
    Bad(shares_memory, (memoryview(b"ab"), np.zeros(1)), TypeError, r"a must be a torch.Tensor or numpy.ndarray, got memoryview"),
    Bad(shares_memory, (torch.eye(2).to_sparse(), torch.ones(1)), TypeError, r"a must be a strided tensor, got layout torch.sparse_coo"),
    Bad(shares_memory, (torch.ones(1), CSR), TypeError, r"b must be a strided tensor, got layout torch.sparse_csr"),
    Bad(shares_memory, (NESTED, torch.ones(1)), TypeError, r"a must be a strided tensor, got a nested tensor"),
    Bad(dtype_from_numpy, ("object",), TypeError, r"torch.from_numpy cannot take numpy object \(object_\)"),
    Bad(dtype_from_numpy, (np.ulonglong,), TypeError, r"cannot take numpy uint64 \(ulonglong\)"),
    Bad(dtype_from_numpy, (np.longdouble,), TypeError, r"cannot take numpy float128 \(longdouble\)"),
    Bad(dtype_from_numpy, ([("a", "f4")],), TypeError, r"cannot take numpy void32 \(void\)"),
    Bad(dtype_from_numpy, (">f8",), ValueError, r"needs the native byte order, got '>f8'"),
    Bad(dtype_from_numpy, ("nonsense",), TypeError, r"np_dtype must be a NumPy dtype, got 'nonsense'"),
    Bad(dtype_from_numpy, (torch.float32,), TypeError, r"np_dtype must be a NumPy dtype, got torch.float32"),
    Bad(dtype_from_numpy, (None,), TypeError, r"np_dtype must be a NumPy dtype, got None \(NumPy would read it as float64\)"),
    Bad(dtype_from_numpy, ("(-1,)f4",), TypeError, r"np_dtype must be a NumPy dtype, got '\(-1,\)f4'"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
