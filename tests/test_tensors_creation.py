"""tensor, zeros, ones: infer_dtype, zeros and ones against torch, and what they refuse."""

import contextlib

import numpy as np
import pytest
import torch
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.tensors import infer_dtype, ones, zeros
from torchnotes.tensors.creation import _FILLABLE

# every dtype torch.set_default_dtype accepts
DEFAULTS = [torch.float32, torch.float64, torch.float16, torch.bfloat16]


@contextlib.contextmanager
def default_dtype(dtype):
    old = torch.get_default_dtype()
    torch.set_default_dtype(dtype)
    try:
        yield
    finally:
        torch.set_default_dtype(old)


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


@given(data=st.one_of(rectangular(), ragged), default=st.sampled_from(DEFAULTS))
def test_infer_dtype_equals_torch_tensor(data, default):
    with default_dtype(default):
        try:
            expected = torch.tensor(data).dtype
        except (ValueError, TypeError, RuntimeError):  # ragged, overflowing, or complex under bfloat16
            with pytest.raises(ValueError, match=r"infer_dtype\(\): (ragged nesting|data.* does not fit|complex data)"):
                infer_dtype(data)
            return
        assert infer_dtype(data) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [([], torch.float32), ([[], []], torch.float32), ([True, 1], torch.int64), ([True, 1j], torch.complex64),
     (2**63 - 1, torch.int64), ([2**70, 0.5], torch.float32), ([2**200, 1j], torch.complex64),
     (float("nan"), torch.float32), ((1, (2,)[0]), torch.int64),
     # an empty level: torch stores nothing and checks no further, ragged or not
     ([[], [1, 2]], torch.float32), ([[], [True]], torch.float32), ([[], [1j]], torch.complex64)],
)
def test_infer_dtype_edge_cases(data, expected):
    assert infer_dtype(data) == torch.tensor(data).dtype == expected


@pytest.mark.parametrize(("default", "complex_dtype"), [(torch.float64, torch.complex128), (torch.float16, torch.complex32)])
def test_infer_dtype_follows_the_default_dtype(default, complex_dtype):
    with default_dtype(default):
        assert infer_dtype([1, 2.0]) == torch.tensor([1, 2.0]).dtype == default
        assert infer_dtype([1j]) == torch.tensor([1j]).dtype == complex_dtype


def test_bfloat16_default_has_no_complex_type():
    with default_dtype(torch.bfloat16):
        with pytest.raises(RuntimeError, match="invalid default scalar type for complex"):
            torch.tensor([1j])
        with pytest.raises(ValueError, match="default dtype torch.bfloat16 has none"):
            infer_dtype([1j])


def nested(depth):
    data = 1
    for _ in range(depth):
        data = [data]
    return data


def test_nesting_limit_is_torchs():
    assert infer_dtype(nested(128)) == torch.tensor(nested(128)).dtype == torch.int64
    with pytest.raises(ValueError, match="too many dimensions"):
        torch.tensor(nested(129))
    with pytest.raises(ValueError, match="nested more than 128 levels"):
        infer_dtype(nested(129))
    loop = []
    loop.append(loop)  # a list that contains itself: torch stops at the same limit
    with pytest.raises(ValueError, match="too many dimensions"):
        torch.tensor(loop)
    with pytest.raises(ValueError, match="nested more than 128 levels"):
        infer_dtype(loop)


def test_huge_ints_cannot_become_floats():
    with pytest.raises(OverflowError):
        torch.tensor([10**400, 0.5])
    with pytest.raises(ValueError, match=r"data\[0\] is an int too large for a float"):
        infer_dtype([10**400, 0.5])


def test_subclasses_of_python_numbers_count_as_those_numbers_like_torch():
    import enum

    class Color(enum.IntEnum):
        RED = 1

    class Meters(float):
        pass

    for data in ([Color.RED], [Color.RED, True], [1, Meters(2.0)], [[Meters(0.5)]], [2**70, Meters(1.0)]):
        assert infer_dtype(data) == torch.tensor(data).dtype


def test_numpy_scalars_keep_their_dtype_in_torch_tensor():
    # the reason infer_dtype rejects them: np.float64 is a float subclass, yet not a Python float
    assert torch.tensor([np.float64(0.5), 1.0]).dtype == torch.float64
    with pytest.raises(TypeError, match="got float64"):
        infer_dtype([np.float64(0.5), 1.0])


@pytest.mark.parametrize("default", DEFAULTS)
def test_legacy_Tensor_constructor_gives_the_default_dtype(default):
    with default_dtype(default):
        assert torch.Tensor([1, 2]).dtype == default and torch.tensor([1, 2]).dtype == torch.int64
    assert torch.Tensor(3).shape == (3,) and torch.tensor(3).shape == ()


# --- zeros / ones ----------------------------------------------------------------------

SIZE_FORMS = {
    "varargs": lambda s: s,
    "tuple": lambda s: (s,),
    "list": lambda s: (list(s),),
    "Size": lambda s: (torch.Size(s),),
    "numpy ints": lambda s: tuple(np.int64(n) for n in s),
    "0-d tensors": lambda s: tuple(torch.tensor(n) for n in s),
}


def same_bytes(a, b):
    return a.untyped_storage().tolist() == b.untyped_storage().tolist()


@given(size=st.lists(st.integers(0, 4), max_size=3).map(tuple), form=st.sampled_from(sorted(SIZE_FORMS)),
       dtype=st.sampled_from([None, *_FILLABLE]), grad=st.booleans(), default=st.sampled_from(DEFAULTS),
       device=st.sampled_from([None, "cpu", "meta"]))
def test_zeros_and_ones_equal_torch(size, form, dtype, grad, default, device):
    if form in ("varargs", "numpy ints", "0-d tensors") and not size:
        form = "tuple"  # zeros() with no size at all is an error, tested below
    args = SIZE_FORMS[form](size)
    grad = grad and (dtype is None or dtype.is_floating_point or dtype.is_complex)
    with default_dtype(default):
        for ours, theirs in ((zeros, torch.zeros), (ones, torch.ones)):
            kwargs = dict(dtype=dtype, device=device, requires_grad=grad)
            got, expected = ours(*args, **kwargs), theirs(*args, **kwargs)
            assert (got.dtype, got.shape, got.device, got.requires_grad, got.is_leaf) == (
                expected.dtype, expected.shape, expected.device, expected.requires_grad, expected.is_leaf)
            if device != "meta":
                assert same_bytes(got, expected)


@pytest.mark.parametrize("dtype", [bool, int, float, complex])
def test_zeros_and_ones_take_python_types_as_dtypes_like_torch(dtype):
    with default_dtype(torch.float32):  # float is float64 whatever the default
        for ours, theirs in ((zeros, torch.zeros), (ones, torch.ones)):
            got, expected = ours(2, dtype=dtype), theirs(2, dtype=dtype)
            assert got.dtype == expected.dtype and torch.equal(got, expected)


def test_a_numpy_int_device_is_a_cuda_index_as_in_torch():
    from torchnotes.tensors._common import device_arg

    assert device_arg("zeros", np.int64(0)) == device_arg("zeros", 0) == torch.device("cuda", 0)


def test_zeros_follows_torchs_default_device():
    with torch.device("meta"):
        assert zeros(2).device == torch.zeros(2).device == torch.device("meta")


def test_zeros_like_keeps_dtype_and_device():
    x = torch.ones(2, 3, dtype=torch.int32)
    for like, value in ((torch.zeros_like, 0), (torch.ones_like, 1)):
        y = like(x)
        assert (y.shape, y.dtype, y.device) == (x.shape, x.dtype, x.device) and bool((y == value).all())
    assert zeros(x.shape).dtype == torch.float32  # only the shape comes from x here


@pytest.mark.parametrize("fn", [zeros, ones])
def test_size_is_required_like_torch(fn):
    with pytest.raises(TypeError, match="missing 1 required positional arguments"):
        getattr(torch, fn.__name__)()
    with pytest.raises(TypeError, match=rf"{fn.__name__}\(\): size is missing; pass \(\) for a 0-d tensor"):
        fn()


@pytest.mark.parametrize("size", [(2**62, 4), (0, 2**62, 4), (2**40, 2**30)])
def test_sizes_torch_cannot_address_are_refused_by_both(size):
    with pytest.raises(RuntimeError, match="overflow"):
        torch.zeros(size, device="meta")
    with pytest.raises(ValueError, match=r"zeros\(\): size .* (strides overflow int64|more than 2\*\*63 - 1 bytes)"):
        zeros(size, device="meta")


def test_indexing_dtypes_today():
    # the zeros page: int64 and int32 index, bool and (deprecated) uint8 act as masks, the rest refuse
    scores = torch.tensor([10, 20, 30])
    assert scores[zeros(2, dtype=torch.int32)].tolist() == [10, 10]
    with pytest.raises(IndexError, match="tensors used as indices must be long, int, byte or bool tensors"):
        scores[zeros(2, dtype=torch.int16)]
    with pytest.warns(UserWarning, match="indexing with dtype torch.uint8 is now deprecated"):
        assert scores[torch.tensor([1, 0, 1], dtype=torch.uint8)].tolist() == [10, 30]


Z = torch.zeros(1)

BAD_CALLS = [
    Bad(infer_dtype, (["a"],), TypeError, r"infer_dtype\(\): data\[0\] must be a Python bool, int, float or complex, got str"),
    Bad(infer_dtype, ([None],), TypeError, r"data\[0\] must be .* got NoneType"),
    Bad(infer_dtype, ([np.int64(1)],), TypeError, r"data\[0\] must be .* got int64"),
    Bad(infer_dtype, ([torch.tensor(1.0)],), TypeError, r"data\[0\] must be .* got Tensor"),
    Bad(infer_dtype, (range(3),), TypeError, r"data must be .* got range"),
    Bad(infer_dtype, ([1, np.bool_(True)],), TypeError, r"data\[1\] must be .* got bool", note="numpy bool"),
    Bad(infer_dtype, ([1, 2**1024, 0.5],), ValueError, r"data\[1\] is an int too large for a float", note="huge int with a float"),
    Bad(infer_dtype, ([[1], [2, 3]],), ValueError, r"ragged nesting: data\[1\] has length 2, expected 1 like data\[0\]"),
    Bad(infer_dtype, ([[[1, 2]], [[3]]],), ValueError, r"data\[1\]\[0\] has length 1, expected 2 like data\[0\]\[0\]"),
    Bad(infer_dtype, ([[1, 2], 3],), ValueError, r"data\[1\] is a number, expected a sequence of length 2 like data\[0\]"),
    Bad(infer_dtype, ([1, [2]],), ValueError, r"data\[1\] is a sequence, expected a number like data\[0\]"),
    Bad(infer_dtype, ([1, 2**63],), ValueError, r"data\[1\]=9223372036854775808 does not fit in int64"),
    Bad(infer_dtype, ([True, -(2**63) - 1],), ValueError, r"data\[1\]=-9223372036854775809 does not fit in int64"),
    Bad(infer_dtype, ([0.5, 10**400],), ValueError, r"data\[1\] is an int too large for a float"),
    Bad(infer_dtype, (nested(129),), ValueError, r"nested more than 128 levels deep"),
    Bad(infer_dtype, ([[], [nested(128)]],), ValueError, r"nested more than 128 levels deep", note="deep past an empty row"),
    Bad(zeros, (2, -1), ValueError, r"zeros\(\): size\[1\] must be >= 0, got -1"),
    Bad(zeros, (np.int64(-1),), ValueError, r"zeros\(\): size\[0\] must be >= 0, got -1"),
    Bad(ones, (2.0,), TypeError, r"ones\(\): size\[0\] must be an int, got float"),
    Bad(ones, (True,), TypeError, r"ones\(\): size\[0\] must be an int, got bool"),
    Bad(ones, (2, np.bool_(True)), TypeError, r"ones\(\): size\[1\] must be an int, got bool", note="numpy bool"),
    Bad(zeros, (torch.tensor(2.0),), TypeError, r"zeros\(\): size\[0\] must be an int, got a torch.float32 tensor"),
    Bad(zeros, (np.array([2, 3]),), TypeError, r"zeros\(\): size\[0\] must be an int, got ndarray"),
    Bad(zeros, ((2,), 3), TypeError, r"zeros\(\): size\[0\] must be an int, got tuple"),
    Bad(zeros, (), TypeError, r"zeros\(\): size is missing"),
    Bad(zeros, (2**63,), ValueError, r"zeros\(\): size\[0\] must be <= 2\*\*63 - 1, got 9223372036854775808"),
    Bad(zeros, (0, 2**62, 4), ValueError, r"zeros\(\): size \(0, 4611686018427387904, 4\) is too large: its strides overflow"),
    Bad(ones, (2**61,), ValueError, r"ones\(\): size \(2305843009213693952,\) of torch.float32 needs more than 2\*\*63 - 1 bytes"),
    # 2**46 floats: 256 TiB, beyond any 47-bit address space whatever the overcommit policy
    Bad(zeros, (2**46,), ValueError, r"zeros\(\): cannot allocate the result \(\(70368744177664,\), torch.float32\) on cpu"),
    Bad(zeros, (2,), TypeError, r"zeros\(\): dtype must be a torch.dtype, None or one of bool, int, float, complex, got str", {"dtype": "float32"}),
    Bad(zeros, (2,), TypeError, r"zeros\(\): dtype must be .* got type numpy.float32", {"dtype": np.float32}),
    Bad(ones, (2,), TypeError, r"ones\(\): dtype must be .* got type builtins.str", {"dtype": str}),
    Bad(ones, (2,), TypeError, r"ones\(\): dtype torch.qint8 is not supported", {"dtype": torch.qint8}),
    Bad(zeros, (2,), TypeError, r"zeros\(\): dtype torch.bits8 is not supported", {"dtype": torch.bits8}),
    Bad(ones, (2,), TypeError, r"ones\(\): requires_grad must be a bool, got int", {"requires_grad": 1}),
    Bad(ones, (2,), TypeError, r"ones\(\): requires_grad must be a bool, got numpy.bool", {"requires_grad": np.bool_(True)}),
    Bad(zeros, (2,), ValueError, r"zeros\(\): only floating-point or complex tensors can require grad, got torch.int64",
        {"dtype": torch.long, "requires_grad": True}),
    Bad(zeros, (2,), ValueError, r"zeros\(\): device must name a device such as 'cpu', 'cuda:0' or 'meta', got 'gpu'",
        {"device": "gpu"}),
    Bad(zeros, (2,), TypeError, r"zeros\(\): device must be a torch.device, str or int, got float", {"device": 1.5}),
    Bad(ones, (2,), TypeError, r"ones\(\): device must be a torch.device, str or int, got bool", {"device": True}),
    Bad(ones, (2,), ValueError, r"ones\(\): device must name a device .* got -1", {"device": -1}),
    Bad(ones, (2,), ValueError, r"ones\(\): device must name a device .* got -1", {"device": np.int64(-1)}, note="numpy int"),
    Bad(zeros, (2,), TypeError, r"zeros\(\): device must be a torch.device, str or int, got bool", {"device": np.bool_(False)}, note="numpy bool"),
    Bad(zeros, (2,), TypeError, r"zeros\(\): device must be a torch.device, str or int, got Tensor", {"device": torch.tensor(0)}),
]

if not torch.cuda.is_available():
    BAD_CALLS.append(Bad(ones, (2,), ValueError, r"ones\(\): cannot allocate the result \(\(2,\), torch.float32\) on cuda",
                         {"device": "cuda"}))


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
