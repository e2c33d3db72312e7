"""compile: trace_mismatches agrees with running the trace by hand; softshrink equals torch's.

trace_mismatches compares outputs exactly; it is proven on float32, float64 and int64
inputs and bool outputs (a trace runs the same kernels as the eager call, so any dtype
compares exactly) and refuses nothing by dtype. softshrink is proven equal to
F.softshrink (values and gradients) on float32 and float64 and refuses every other dtype.
TorchScript's deprecation is pinned: the test fails when torch changes the warning.
"""

import warnings

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from badcalls import Bad, check, params
from hypothesis import given, settings
from hypothesis import strategies as st

from torchnotes.compile import SOFTSHRINK_CPP, softshrink, trace_mismatches

DTYPES = [torch.float32, torch.float64, torch.int64]


def gate(x):
    if x.sum() > 0:
        return x * 2
    return x - 1


def two_outputs(x, y):
    return x + y, (x * y > 0)


@st.composite
def batches(draw):
    dtype = draw(st.sampled_from(DTYPES))
    g = torch.Generator().manual_seed(draw(st.integers(0, 2**16)))
    n = draw(st.integers(1, 4))
    xs = [(torch.randn(3, generator=g, dtype=torch.float64) * 3).to(dtype) for _ in range(draw(st.integers(1, 5)))]
    return torch.randn(n, generator=g).to(dtype), xs


def by_hand(fn, example, inputs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        traced = torch.jit.trace(fn, example, check_trace=False)
    return [i for i, x in enumerate(inputs) if not torch.equal(traced(x), fn(x))]


@settings(max_examples=25)  # every example traces: keep the module fast
@given(batches())
def test_gate_mismatches_are_the_inputs_whose_sign_differs_from_the_example(args):
    example, inputs = args
    got = trace_mismatches(gate, example, inputs)
    assert got == by_hand(gate, example, inputs)
    took_first = bool(example.sum() > 0)
    expected = [i for i, x in enumerate(inputs) if bool(x.sum() > 0) != took_first and not torch.equal(x * 2, x - 1)]
    assert got == expected


def test_tuple_inputs_and_outputs():
    x, y = torch.tensor([1.0, -2.0]), torch.tensor([3.0, 4.0])
    assert trace_mismatches(two_outputs, (x, y), [(y, x), (x, x)]) == []


def test_modules_without_branches_trace_right():
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU())
    assert trace_mismatches(model, torch.randn(2, 3), [torch.randn(5, 3), torch.randn(1, 3)]) == []


def test_a_python_int_from_a_shape_is_baked_in_too():
    def reshape_half(x):
        return x.reshape(x.shape[0] // 2, -1)  # traced: shape stays symbolic in the trace

    assert trace_mismatches(reshape_half, torch.ones(4, 2), [torch.ones(6, 2)]) == []

    def from_item(x):
        return x * int(x[0])  # a Python int read from values: a constant in the trace

    assert trace_mismatches(from_item, torch.tensor([2.0]), [torch.tensor([3.0])]) == [0]


def test_nan_outputs_of_a_right_trace_are_no_mismatch():
    # torch.equal says NaN != NaN; a trace that computes the same NaN is right
    assert trace_mismatches(torch.log, torch.ones(2), [torch.tensor([-1.0, 2.0])]) == []
    zeros = torch.zeros(2, dtype=torch.complex64)
    assert trace_mismatches(lambda z: z / 0, zeros, [zeros]) == []
    nan_once = torch.tensor([float("nan")])
    assert trace_mismatches(lambda x: x if x.isnan().any() else x * 0, nan_once, [torch.ones(1)]) == [0]


def test_an_in_place_fn_is_compared_on_copies_and_leaves_the_inputs():
    x = torch.tensor([1.0, 2.0])
    assert trace_mismatches(lambda t: t.add_(1), torch.ones(2), [x]) == []
    assert torch.equal(x, torch.tensor([1.0, 2.0]))

    def double_if_positive(t):
        return t.mul_(2) if t.sum() > 0 else t

    # the eager call and the trace no longer return one mutated tensor: the branch shows
    assert trace_mismatches(double_if_positive, torch.ones(2), [-x]) == [0]


def test_sparse_and_nested_outputs_are_compared_by_value():
    sparse = torch.eye(2).to_sparse()
    assert trace_mismatches(lambda x: x * 2, sparse, [torch.eye(3).to_sparse()]) == []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # nested tensors are a prototype
        nested = torch.nested.nested_tensor([torch.ones(2), torch.ones(3)])
        assert trace_mismatches(lambda x: x * 2, nested, [nested]) == []


def test_torchscript_warns_that_it_is_deprecated():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        torch.jit.script(torch.nn.Linear(2, 2))
    message = str(caught[0].message)
    assert issubclass(caught[0].category, (FutureWarning, DeprecationWarning))
    assert "torch.jit.script` is deprecated" in message and "torch.compile" in message and "torch.export" in message


def test_export_refuses_a_value_dependent_branch():
    class Gate(torch.nn.Module):
        def forward(self, x):
            return gate(x)

    with pytest.raises(Exception, match="data-dependent"):
        torch.export.export(Gate(), (torch.ones(2),))


@st.composite
def shrink_args(draw):
    dtype = draw(st.sampled_from([torch.float32, torch.float64]))
    g = torch.Generator().manual_seed(draw(st.integers(0, 2**16)))
    shape = draw(st.lists(st.integers(0, 4), min_size=0, max_size=3))
    x = (torch.randn(shape, generator=g, dtype=torch.float64) * 2).to(dtype)
    lambd = draw(st.sampled_from([0.0, 0.5, 1.0, 3.0]))
    if x.numel() and draw(st.booleans()):  # values exactly on the thresholds, and nan/inf
        flat = x.view(-1)
        flat[0] = draw(st.sampled_from([lambd, -lambd, float("nan"), float("inf"), -0.0]))
    return x, lambd


@given(shrink_args())
def test_softshrink_equals_torch_values_and_gradients(args):
    x, lambd = args
    a = x.clone().requires_grad_()
    b = x.clone().requires_grad_()
    got, expected = softshrink(a, lambd), F.softshrink(b, lambd)
    assert got.dtype == expected.dtype and got.shape == expected.shape
    torch.testing.assert_close(got, expected, rtol=0, atol=0, equal_nan=True)
    # no signbit check: torch's zeros are -0.0 or 0.0 depending on its kernel's vector path
    if x.numel():
        got.sum().backward()
        expected.sum().backward()
        assert torch.equal(a.grad, b.grad)


def test_softshrink_follows_the_device_and_takes_what_torch_takes_as_lambd():
    meta = torch.empty(3, device="meta")
    assert softshrink(meta, 0.5).device == F.softshrink(meta, 0.5).device
    x = torch.tensor([-2.0, 0.25, 1.0])
    for lambd in (np.float32(0.5), torch.tensor(0.5), True, np.bool_(True), 1):
        assert torch.equal(softshrink(x, lambd), F.softshrink(x, lambd))


def test_the_cpp_source_is_the_rule_of_the_reference():
    # compiling takes tens of seconds (bench/cpp_extension.py does it); here, the source's shape
    assert "torch::Tensor softshrink(torch::Tensor x, double lambd)" in SOFTSHRINK_CPP
    assert "v > l ? v - l : (v < -l ? v + l : v * 0.0f)" in SOFTSHRINK_CPP


def boom(x):
    raise RuntimeError("boom")


def returns_list(x):
    return x.tolist()


def bad_shape(x):
    return x @ torch.ones(3)


def divide_by_zero(x):
    return x * (1 / 0)


def to_meta(x):
    return x.to("meta")


X = torch.ones(3)

BAD_CALLS = [
    Bad(trace_mismatches, ("gate", X, [X]), TypeError, r"trace_mismatches\(\): fn must be callable, got str"),
    Bad(trace_mismatches, (gate, [1.0, 2.0], [X]), TypeError, r"example_inputs must be a tensor or a tuple of tensors, got list"),
    Bad(trace_mismatches, (gate, (X, 1.0), [X]), TypeError, r"example_inputs must be a tensor or a tuple of tensors, got tuple"),
    Bad(trace_mismatches, (gate, X, X), TypeError, r"inputs must be a list or tuple of inputs, got Tensor"),
    Bad(trace_mismatches, (gate, X, [X, 2.0]), TypeError, r"inputs\[1\] must be a tensor or a tuple of tensors, got float"),
    Bad(trace_mismatches, (returns_list, X, [X]), TypeError, r"fn must return a tensor or a tuple of tensors, got list"),
    Bad(trace_mismatches, (boom, X, [X]), ValueError, r"fn\(\*example_inputs\) raised RuntimeError: boom"),
    Bad(trace_mismatches, (bad_shape, X, [torch.ones(2)]), ValueError, r"fn\(\*inputs\[0\]\) raised RuntimeError"),
    Bad(softshrink, ([1.0],), TypeError, r"softshrink\(\): x must be a torch.Tensor, got list"),
    Bad(softshrink, (torch.arange(3),), TypeError, r"x must be float32 or float64, got torch.int64"),
    Bad(softshrink, (X.half(),), TypeError, r"x must be float32 or float64, got torch.float16 \(the reference does not follow torch"),
    Bad(softshrink, (X.to(torch.bfloat16),), TypeError, r"got torch.bfloat16"),
    Bad(softshrink, (X.to(torch.complex64),), TypeError, r"got torch.complex64"),
    Bad(softshrink, (torch.eye(2).to_sparse(),), TypeError, r"x must be a dense tensor, got torch.sparse_coo"),
    Bad(softshrink, (X, -1.0), ValueError, r"lambd must be in \[0, 3.40282e\+38\] for torch.float32, got -1.0"),
    Bad(softshrink, (X, float("nan")), ValueError, r"lambd must be in .* got nan"),
    Bad(softshrink, (X, 1e39), ValueError, r"lambd must be in .* got 1e\+39"),
    Bad(softshrink, (X, 2**1000), ValueError, r"lambd must be in \[0, 3.40282e\+38\]"),
    Bad(softshrink, (X, "0.5"), TypeError, r"lambd must be a real number, got str"),
    Bad(softshrink, (X, None), TypeError, r"lambd must be a real number, got NoneType"),
    Bad(softshrink, (X, 1j), TypeError, r"lambd must be a real number, got complex"),
    Bad(softshrink, (X, torch.ones(2)), TypeError, r"lambd must be a real number or a 0-d real tensor, got a tensor of shape \(2,\)"),
    Bad(softshrink, (X, torch.tensor(0.5, device="meta")), TypeError, r"lambd must be a 0-d tensor holding a value, got a meta tensor"),
    Bad(softshrink, (X, torch.tensor(0.5, requires_grad=True)), TypeError, r"lambd must not require grad"),
    Bad(trace_mismatches, (gate, X, [X.to("meta")]), TypeError, r"inputs\[0\] must hold values to compare, got a meta tensor"),
    Bad(trace_mismatches, (to_meta, X, [X]), TypeError, r"fn returned a meta tensor, whose values cannot be compared"),
    Bad(trace_mismatches, (divide_by_zero, X, [X]), ValueError, r"fn\(\*example_inputs\) raised ZeroDivisionError"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
