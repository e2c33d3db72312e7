"""arange, linspace, device, parameter, variable: references against torch, today's behaviour."""

import contextlib
import math
import warnings

import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st
from torch import nn

from torchnotes.tensors import arange, as_leaf, count_parameters, describe, linspace

# torch's AVX2 kernels fuse multiply-add (one rounding); the reference models exactly that
FUSED = torch.backends.cpu.get_cpu_capability() == "AVX2"


@contextlib.contextmanager
def default_dtype(dtype):
    old = torch.get_default_dtype()
    torch.set_default_dtype(dtype)
    try:
        yield
    finally:
        torch.set_default_dtype(old)


# ---------------------------------------------------------------- arange


@given(start=st.integers(-20, 20), end=st.integers(-20, 20), step=st.integers(-5, 5).filter(bool),
       dtype=st.sampled_from([None, torch.int64, torch.int32, torch.float32, torch.float64]))
def test_int_arange_equals_torch(start, end, step, dtype):
    if (end - start) * step < 0:  # both refuse a step pointing away from end
        with pytest.raises(ValueError, match="points away from end"):
            arange(start, end, step, dtype=dtype)
        with pytest.raises(RuntimeError, match="inconsistent with step sign"):
            torch.arange(start, end, step, dtype=dtype)
        return
    got, expected = arange(start, end, step, dtype=dtype), torch.arange(start, end, step, dtype=dtype)
    assert got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, rtol=0, atol=0)


def test_all_int_int64_range_is_counted_exactly():
    # float64 would see 2**60 / (2**59 - 1) as 2.0; torch counts int64 ranges in integers
    assert arange(0, 2**60, 2**59 - 1).numel() == torch.arange(0, 2**60, 2**59 - 1).numel() == 3
    assert torch.equal(arange(2**53, 2**53 + 3), torch.arange(2**53, 2**53 + 3))


@given(start=st.floats(-1000, 1000), count=st.integers(0, 200), frac=st.floats(0, 0.999),
       step=st.sampled_from([0.1, 0.25, 1 / 3, 0.7, 1.5, 7.3, -0.01, -0.2, -1.0, -2.9]),
       dtype=st.sampled_from([None, torch.float32, torch.float64, torch.float16, torch.bfloat16]))
def test_float_arange_equals_torch_up_to_rounding(start, count, frac, step, dtype):
    end = start + (count + frac) * step
    got, expected = arange(start, end, step, dtype=dtype), torch.arange(start, end, step, dtype=dtype)
    assert got.dtype == expected.dtype and got.shape == expected.shape  # same count, always
    # torch rounds each SIMD block's base to the dtype and adds k * step to it; the reference
    # rounds start + i * step once. Each path is within 1 ulp of the exact value at the
    # largest magnitude M = max(|start|, |end|) (plus float64 round-off in i * step), so
    # they differ by less than 3 * eps * M.
    eps = torch.finfo(got.dtype).eps
    torch.testing.assert_close(got.double(), expected.double(), rtol=0, atol=3 * eps * max(abs(start), abs(end)))


@given(start=st.floats(-10, 10), count=st.integers(0, 30), step=st.floats(0.05, 3) | st.floats(-3, -0.05),
       dtype=st.sampled_from([torch.int64, torch.int32, torch.int16]))
def test_int_dtype_truncates_float_start_and_step(start, count, step, dtype):
    end = start + count * step + step / 2
    got, expected = arange(start, end, step, dtype=dtype), torch.arange(start, end, step, dtype=dtype)
    assert got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, rtol=0, atol=0)


def test_arange_edge_cases_today():
    assert torch.arange(0, 5, 0.5, dtype=torch.int64).tolist() == arange(0, 5, 0.5, dtype=torch.int64).tolist() == [0] * 10
    for args in [(5, 5), (2.5, 2.5), (3, 3, -1), (0, 5, math.inf)]:
        assert arange(*args).numel() == torch.arange(*args).numel() == 0
    assert len(torch.arange(1, 1.3, 0.1)) == len(arange(1, 1.3, 0.1)) == 4  # 1.3 gets in
    assert len(torch.arange(0, 1, 0.1)) == len(arange(0, 1, 0.1)) == 10
    with pytest.raises(RuntimeError, match="inconsistent with step sign"):
        torch.arange(0, 5, -1)  # an error, not an empty tensor as range(0, 5, -1) would be


# ---------------------------------------------------------------- linspace

ends = st.floats(-1e6, 1e6) | st.floats(-1e-3, 1e-3) | st.integers(-100, 100) | st.sampled_from(
    [math.inf, -math.inf, math.nan, 3e38, -3e38])


@given(start=ends, end=ends, steps=st.integers(0, 70) | st.sampled_from([1000, 1001]),
       dtype=st.sampled_from([torch.float32, torch.float64]))
def test_linspace_equals_torch(start, end, steps, dtype):
    with default_dtype(dtype):
        got, expected = linspace(start, end, steps), torch.linspace(start, end, steps)
    assert got.dtype == expected.dtype == dtype and got.shape == expected.shape
    if FUSED:
        torch.testing.assert_close(got, expected, rtol=0, atol=0, equal_nan=True)
    else:  # without FMA torch rounds |i * step| <= M = max(|start|, |end|) too: < 2 eps M apart
        finite = math.isfinite(start) and math.isfinite(end)  # inf/NaN give the same inf/NaN either way
        bound = 2 * torch.finfo(dtype).eps * max(abs(start), abs(end)) if finite else 0.0
        torch.testing.assert_close(got, expected, rtol=0, atol=bound, equal_nan=True)


@given(start=st.floats(-1e6, 1e6), end=st.floats(-1e6, 1e6), steps=st.integers(2, 200))
def test_linspace_ends_are_exact(start, end, steps):
    got = torch.linspace(start, end, steps)
    assert got[0] == torch.tensor(start, dtype=got.dtype) and got[-1] == torch.tensor(end, dtype=got.dtype)
    assert torch.equal(linspace(start, end, steps)[[0, -1]], got[[0, -1]])


def test_linspace_steps_is_required_today():
    # steps defaulted to 100 until PyTorch 1.11; now leaving it out is a TypeError
    with pytest.raises(TypeError, match="invalid combination of arguments"):
        torch.linspace(0, 1)
    assert "From PyTorch 1.11 linspace requires the steps argument" in torch.linspace.__doc__


def test_linspace_with_an_integer_dtype_truncates():
    assert torch.linspace(0, 10, 5, dtype=torch.int64).tolist() == [0, 2, 5, 7, 10]


# ---------------------------------------------------------------- device


def test_describe_reports_layout():
    assert describe(torch.zeros(2, 3)) == (
        "shape=(2, 3) dtype=float32 device=cpu stride=(3, 1) contiguous=True requires_grad=False")
    assert describe(torch.ones(3, 1).expand(3, 4)) == (
        "shape=(3, 4) dtype=float32 device=cpu stride=(1, 0) contiguous=False requires_grad=False")
    assert describe(torch.tensor(1.0, requires_grad=True)) == (
        "shape=() dtype=float32 device=cpu stride=() contiguous=True requires_grad=True")
    assert "device=meta" in describe(torch.empty(10**6, 10**6, device="meta"))  # no memory needed


def test_device_objects_need_no_gpu():
    d = torch.device("cuda:1")
    assert (d.type, d.index, str(d)) == ("cuda", 1, "cuda:1")
    assert torch.device("cuda", 1) == d and torch.device("cpu").index is None
    assert torch.device("cuda") != torch.device("cuda:0")  # no index is not index 0
    assert torch.device("cpu") != "cpu" and torch.device("cpu").type == "cpu"  # compare .type, not strings
    x = torch.zeros(2)
    assert x.to("cpu") is x and x.to("cpu", copy=True) is not x
    with pytest.raises(RuntimeError, match="Expected one of cpu, cuda"):
        torch.device("gpu")


# ---------------------------------------------------------------- parameter


class _Registered(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.ones(3))
        self.plain = torch.ones(5)  # not registered
        self.hidden = [nn.Parameter(torch.ones(7))]  # a Python list hides it
        self.listed = nn.ParameterList([nn.Parameter(torch.ones(11))])
        self.frozen = nn.Parameter(torch.ones(2), requires_grad=False)


def test_count_parameters_sees_only_registered_parameters():
    m = _Registered()
    assert [n for n, _ in m.named_parameters()] == ["w", "frozen", "listed.0"]
    assert count_parameters(m) == 3 + 11 and count_parameters(m, trainable_only=False) == 3 + 11 + 2


@pytest.mark.parametrize("layer", [nn.Linear(4, 3), nn.Conv2d(3, 8, 3), nn.LSTM(5, 7, num_layers=2),
                                   nn.Embedding(10, 4), nn.LayerNorm(6)])
def test_count_parameters_equals_the_sum_over_parameters(layer):
    assert count_parameters(layer) == sum(p.numel() for p in layer.parameters())


def test_tied_parameter_counts_once():
    a, b = nn.Linear(3, 3, bias=False), nn.Linear(3, 3, bias=False)
    b.weight = a.weight
    assert count_parameters(nn.Sequential(a, b)) == 9


def test_parameter_behaviour_today():
    p = nn.Parameter(torch.ones(2))
    assert p.requires_grad and p.is_leaf and isinstance(p, torch.Tensor)
    assert type(p * 2) is torch.Tensor  # results of operations are plain tensors
    with pytest.raises(RuntimeError, match="Only Tensors of floating point and complex dtype"):
        nn.Parameter(torch.tensor([1, 2]))
    m = nn.Linear(2, 2)
    with pytest.raises(TypeError, match=r"cannot assign .* as parameter 'weight'"):
        m.weight = torch.zeros(2, 2)


def test_freezing_after_creating_the_optimizer_needs_grad_none():
    for set_to_none, moved in ((True, False), (False, True)):
        layer = nn.Linear(2, 1)
        optimizer = torch.optim.SGD(layer.parameters(), lr=0.1, momentum=0.9, weight_decay=0.1)
        layer(torch.ones(1, 2)).sum().backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=set_to_none)
        layer.weight.requires_grad_(False)
        before = layer.weight.detach().clone()
        layer(torch.ones(1, 2)).sum().backward()
        optimizer.step()
        assert (not torch.equal(before, layer.weight)) == moved  # a stale zero grad keeps it moving


# ---------------------------------------------------------------- variable


def test_variable_is_a_plain_tensor_today():
    # Deprecated since 0.4 (2018): Variable(t) returns a Tensor, not a wrapper.
    from torch.autograd import Variable

    t = torch.ones(2)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # today it does not even warn; this fails if that changes
        v = Variable(t, requires_grad=True)
    assert type(v) is torch.Tensor and v.requires_grad and v.is_leaf
    assert v is not t and v.data_ptr() == t.data_ptr()
    assert Variable(t).requires_grad is False
    assert isinstance(t, Variable)  # isinstance still passes for any tensor
    y = torch.ones(2, requires_grad=True) * 2
    assert Variable(y).grad_fn is None and not Variable(y).requires_grad  # it detaches
    with pytest.warns(UserWarning, match="volatile was removed"):
        Variable(t, volatile=True)


@given(seed=st.integers(0, 2**16), requires_grad=st.booleans(), non_leaf=st.booleans())
def test_as_leaf_is_what_variable_returns(seed, requires_grad, non_leaf):
    from torch.autograd import Variable

    t = torch.randn(3, generator=torch.Generator().manual_seed(seed), requires_grad=non_leaf)
    t = t * 2 if non_leaf else t
    ours, old = as_leaf(t, requires_grad), Variable(t, requires_grad=requires_grad)
    for x in (ours, old):
        assert type(x) is torch.Tensor and x.is_leaf and x.grad_fn is None
        assert x.requires_grad == requires_grad and x.data_ptr() == t.data_ptr()
        assert torch.equal(x, t.detach())


def test_as_leaf_collects_gradients():
    leaf = as_leaf(torch.ones(2, requires_grad=True) * 3)
    (leaf * 2).sum().backward()
    assert torch.equal(leaf.grad, torch.full((2,), 2.0))


def test_data_hides_in_place_changes_detach_does_not():
    a = torch.tensor([0.0, 1.0], requires_grad=True)
    y = a.sigmoid()  # backward reuses y
    y.detach().zero_()
    with pytest.raises(RuntimeError, match="modified by an inplace operation"):
        y.sum().backward()
    a.grad = None
    y = a.sigmoid()
    y.data.zero_()  # the same change through .data goes unnoticed
    y.sum().backward()
    assert torch.equal(a.grad, torch.zeros(2))  # silently wrong: should be sigmoid'(a)


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda: arange(0, 5, 0), ValueError, r"arange\(\): step must be non-zero, got 0"),
        (lambda: arange(0, 5, math.nan), ValueError, r"arange\(\): step must be non-zero, got nan"),
        (lambda: arange(0, 5, -1), ValueError, r"arange\(\): step=-1 points away from end: start=0, end=5"),
        (lambda: arange(0, math.inf), ValueError, r"arange\(\): start and end must be finite, got start=0, end=inf"),
        (lambda: arange(-1e308, 1e308, 1e-308), ValueError, r"arange\(\): \(end - start\) / step overflows"),
        (lambda: arange("5"), TypeError, r"arange\(\): end must be an int or float, got str"),
        (lambda: arange(0, True), TypeError, r"arange\(\): end must be an int or float, got bool"),
        (lambda: arange(0, 5, torch.tensor(1)), TypeError, r"arange\(\): step must be an int or float, got Tensor"),
        (lambda: arange(5, dtype=torch.bool), TypeError,
         r"arange\(\): dtype must be a real floating-point or integer torch.dtype, got torch.bool"),
        (lambda: arange(5, dtype="float32"), TypeError, r"arange\(\): dtype must be .* got 'float32'"),
        (lambda: linspace(0, 1, -1), ValueError, r"linspace\(\): steps must be >= 0, got -1"),
        (lambda: linspace(0, 1, 2.0), TypeError, r"linspace\(\): steps must be an int, got float"),
        (lambda: linspace(0, None, 2), TypeError, r"linspace\(\): end must be an int or float, got NoneType"),
        (lambda: describe([1]), TypeError, r"describe\(\): tensor must be a torch.Tensor, got list"),
        (lambda: count_parameters(torch.ones(1)), TypeError, r"count_parameters\(\): module must be an nn.Module, got Tensor"),
        (lambda: count_parameters(nn.Linear(1, 1), trainable_only=None), TypeError,
         r"count_parameters\(\): trainable_only must be a bool, got NoneType"),
        (lambda: as_leaf([1.0]), TypeError, r"as_leaf\(\): tensor must be a torch.Tensor, got list"),
        (lambda: as_leaf(torch.tensor([1, 2])), ValueError,
         r"as_leaf\(\): only floating-point or complex tensors can require grad, got torch.int64"),
        (lambda: as_leaf(torch.ones(1), requires_grad=1), TypeError, r"as_leaf\(\): requires_grad must be a bool, got int"),
    ],
)
def test_bad_input(call, error, match):
    with pytest.raises(error, match=match):
        call()
