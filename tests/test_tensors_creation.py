"""tensor, as-tensor, from-numpy, zeros, ones: the helpers of torchnotes.tensors against torch."""

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.tensors import dtype_from_numpy, infer_dtype, ones, shares_memory, zeros

# ints reach past int64 on purpose: torch.tensor overflows there unless a float is present
scalars = st.one_of(
    st.booleans(),
    st.integers(-(2**64), 2**64),
    st.floats(allow_nan=True, allow_infinity=True, width=32),
    st.complex_numbers(max_magnitude=1e3, allow_nan=False),
)


@st.composite
def rectangular(draw):
    shape = draw(st.lists(st.integers(0, 3), max_size=3))
    seq = draw(st.sampled_from([list, tuple]))

    def build(dims):
        return draw(scalars) if not dims else seq(build(dims[1:]) for _ in range(dims[0]))

    return build(shape)


# mostly ragged: lists of random depth side by side
ragged = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3), max_leaves=8)


@pytest.fixture
def default_dtype():
    old = torch.get_default_dtype()
    yield torch.set_default_dtype
    torch.set_default_dtype(old)


@given(data=st.one_of(rectangular(), ragged), double=st.booleans())
def test_infer_dtype_equals_torch_tensor(data, double):
    old = torch.get_default_dtype()
    torch.set_default_dtype(torch.float64 if double else torch.float32)
    try:
        try:
            expected = torch.tensor(data).dtype
        except (ValueError, TypeError, RuntimeError):  # ragged or overflowing data
            with pytest.raises(ValueError, match=r"infer_dtype\(\): (ragged nesting|data.* does not fit)"):
                infer_dtype(data)
            return
        assert infer_dtype(data) == expected
    finally:
        torch.set_default_dtype(old)


@pytest.mark.parametrize(
    ("data", "expected"),
    [([], torch.float32), ([[], []], torch.float32), ([True, 1], torch.int64), ([True, 1j], torch.complex64),
     (2**63 - 1, torch.int64), ([2**70, 0.5], torch.float32), (float("nan"), torch.float32),
     # an empty level: torch stores nothing and checks no further, ragged or not
     ([[], [1, 2]], torch.float32), ([[], [True]], torch.float32), ([[], [1j]], torch.complex64)],
)
def test_infer_dtype_edge_cases(data, expected):
    assert infer_dtype(data) == torch.tensor(data).dtype == expected


def test_infer_dtype_follows_the_default_dtype(default_dtype):
    default_dtype(torch.float64)
    assert infer_dtype([1, 2.0]) == torch.tensor([1, 2.0]).dtype == torch.float64
    assert infer_dtype([1j]) == torch.tensor([1j]).dtype == torch.complex128


def test_numpy_scalars_keep_their_dtype_in_torch_tensor():
    # the reason infer_dtype rejects them: np.float64 is a float subclass, yet not a Python float
    assert torch.tensor([np.float64(0.5), 1.0]).dtype == torch.float64
    with pytest.raises(TypeError, match="got float64"):
        infer_dtype([np.float64(0.5), 1.0])


def test_legacy_Tensor_constructor_differs_from_tensor():
    assert torch.Tensor(3).shape == (3,) and torch.tensor(3).shape == ()
    assert torch.Tensor([1, 2]).dtype == torch.float32 and torch.tensor([1, 2]).dtype == torch.int64
    with pytest.raises(RuntimeError, match="same dtype"):
        torch.nn.Linear(2, 1)(torch.tensor([1, 2]))


def test_torch_tensor_always_copies():
    arr = np.zeros(3, dtype=np.float32)
    t = torch.tensor(arr)
    assert not shares_memory(t, arr)
    arr[0] = 1
    assert t[0] == 0


# --- shares_memory ---------------------------------------------------------------------

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


@given(st.data())
def test_shares_memory_equals_numpy_may_share_memory(data):
    shape = data.draw(st.lists(st.integers(1, 6), min_size=1, max_size=2))
    base = np.arange(int(np.prod(shape)), dtype=data.draw(st.sampled_from(["int8", "float32", "float64"])))
    base = base.reshape(shape)
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


def test_interleaved_views_count_as_overlapping():
    # a bounds check, like numpy.may_share_memory: no common element, but crossing ranges
    a = np.arange(6)
    assert shares_memory(a[::2], a[1::2]) and np.may_share_memory(a[::2], a[1::2])
    assert not np.shares_memory(a[::2], a[1::2])
    t = torch.arange(6)
    assert shares_memory(t[::2], t[1::2]) and not shares_memory(t[:3], t[3:])


@pytest.mark.parametrize("dtype", ["bool", "uint8", "int32", "int64", "float32", "float64", "complex64"])
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


# --- dtype_from_numpy ------------------------------------------------------------------

NUMPY_DTYPES = [np.dtype(code) for code in np.typecodes["All"]]
NUMPY_DTYPES += [d.newbyteorder("S") for d in NUMPY_DTYPES if d.byteorder not in "|"]


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


# --- zeros / ones ----------------------------------------------------------------------

SIZE_FORMS = {
    "varargs": lambda s: s,
    "tuple": lambda s: (s,),
    "list": lambda s: (list(s),),
    "Size": lambda s: (torch.Size(s),),
}
FILL_DTYPES = [None, torch.float16, torch.float64, torch.complex64, torch.int32, torch.int64, torch.bool]


@given(size=st.lists(st.integers(0, 4), max_size=3).map(tuple), form=st.sampled_from(sorted(SIZE_FORMS)),
       dtype=st.sampled_from(FILL_DTYPES), grad=st.booleans(), double=st.booleans())
def test_zeros_and_ones_equal_torch(size, form, dtype, grad, double):
    if form == "varargs" and not size:
        form = "tuple"  # zeros() with no size at all is an error, tested below
    args = SIZE_FORMS[form](size)
    grad = grad and (dtype is None or dtype.is_floating_point or dtype.is_complex)
    old = torch.get_default_dtype()
    torch.set_default_dtype(torch.float64 if double else torch.float32)
    try:
        for ours, theirs in ((zeros, torch.zeros), (ones, torch.ones)):
            got, expected = ours(*args, dtype=dtype, requires_grad=grad), theirs(*args, dtype=dtype, requires_grad=grad)
            assert (got.dtype, got.shape, got.requires_grad, got.is_leaf) == (
                expected.dtype, expected.shape, expected.requires_grad, expected.is_leaf)
            torch.testing.assert_close(got, expected, rtol=0, atol=0)
    finally:
        torch.set_default_dtype(old)


def test_zeros_like_keeps_dtype_and_device():
    x = torch.ones(2, 3, dtype=torch.int32)
    for like, value in ((torch.zeros_like, 0), (torch.ones_like, 1)):
        y = like(x)
        assert (y.shape, y.dtype, y.device) == (x.shape, x.dtype, x.device) and bool((y == value).all())
    assert zeros(x.shape).dtype == torch.float32  # only the shape comes from x here


@pytest.mark.parametrize("fn", [zeros, ones])
def test_size_is_required_like_torch(fn):
    with pytest.raises(TypeError):
        getattr(torch, fn.__name__)()
    with pytest.raises(TypeError, match=rf"{fn.__name__}\(\): size is missing; pass \(\) for a 0-d tensor"):
        fn()


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda: infer_dtype(["a"]), TypeError, r"infer_dtype\(\): data\[0\] must be a Python bool, int, float or complex, got str"),
        (lambda: infer_dtype([None]), TypeError, r"data\[0\] must be .* got NoneType"),
        (lambda: infer_dtype([[1], [2, 3]]), ValueError, r"ragged nesting: data\[1\] has length 2, expected 1 like data\[0\]"),
        (lambda: infer_dtype([[[1, 2]], [[3]]]), ValueError, r"data\[1\]\[0\] has length 1, expected 2 like data\[0\]\[0\]"),
        (lambda: infer_dtype([[1, 2], 3]), ValueError, r"data\[1\] is a number, expected a sequence of length 2 like data\[0\]"),
        (lambda: infer_dtype([1, [2]]), ValueError, r"data\[1\] is a sequence, expected a number like data\[0\]"),
        (lambda: infer_dtype([1, 2**63]), ValueError, r"data\[1\]=9223372036854775808 does not fit in int64"),
        (lambda: shares_memory([1], torch.ones(1)), TypeError, r"shares_memory\(\): a must be a torch.Tensor or numpy.ndarray, got list"),
        (lambda: shares_memory(torch.ones(1), 3.0), TypeError, r"b must be a torch.Tensor or numpy.ndarray, got float"),
        (lambda: dtype_from_numpy("object"), TypeError, r"torch.from_numpy cannot take numpy object \(object_\)"),
        (lambda: dtype_from_numpy(np.ulonglong), TypeError, r"cannot take numpy uint64 \(ulonglong\)"),
        (lambda: dtype_from_numpy(">f8"), ValueError, r"needs the native byte order, got '>f8'"),
        (lambda: dtype_from_numpy("nonsense"), TypeError, r"np_dtype must be a NumPy dtype, got 'nonsense'"),
        (lambda: dtype_from_numpy(torch.float32), TypeError, r"np_dtype must be a NumPy dtype, got torch.float32"),
        (lambda: zeros(2, -1), ValueError, r"zeros\(\): size\[1\] must be >= 0, got -1"),
        (lambda: ones(2.0), TypeError, r"ones\(\): size\[0\] must be an int, got float"),
        (lambda: zeros((2,), 3), TypeError, r"zeros\(\): size\[0\] must be an int, got tuple"),
        (lambda: zeros(2, dtype="float32"), TypeError, r"zeros\(\): dtype must be a torch.dtype or None, got str"),
        (lambda: ones(2, requires_grad=1), TypeError, r"ones\(\): requires_grad must be a bool, got int"),
        (lambda: zeros(2, dtype=torch.long, requires_grad=True), ValueError,
         r"zeros\(\): only floating-point or complex tensors can require grad, got torch.int64"),
    ],
)
def test_bad_input(call, error, match):
    with pytest.raises(error, match=match):
        call()
