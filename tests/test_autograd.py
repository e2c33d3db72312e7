"""Autograd helpers: each reference is proven equal to what torch's autograd does."""

from __future__ import annotations

import contextlib
import warnings

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.autograd import grad_mode_report, gradcheck, graph_nodes, softplus, vjp

FLOATS = [torch.float32, torch.float64]
REFUSED = [torch.float16, torch.bfloat16, torch.complex64, torch.int64]
X = torch.ones(3)
F64 = torch.ones(3, dtype=torch.float64, requires_grad=True)
SPARSE = torch.eye(2).to_sparse()
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # nested tensors are a prototype, quantized ones deprecated
    NESTED = torch.nested.nested_tensor([torch.ones(3)])
    NESTED64 = torch.nested.nested_tensor([torch.ones(2, dtype=torch.float64)], requires_grad=True)
    QUANTIZED = torch.quantize_per_tensor(torch.ones(2), 0.1, 0, torch.quint8)
with torch.inference_mode():
    INFERENCE = torch.ones(3)

BAD_CALLS = [
    Bad(grad_mode_report, ([1.0], "no_grad"), TypeError, r"x must be a torch.Tensor, got list"),
    Bad(grad_mode_report, (SPARSE, "no_grad"), TypeError, r"x must be a strided tensor, got layout torch.sparse_coo"),
    Bad(grad_mode_report, (np.ones(2), "no_grad"), TypeError, r"x must be a torch.Tensor, got ndarray"),
    Bad(grad_mode_report, (X, 1), TypeError, r"mode must be a str, got int"),
    Bad(grad_mode_report, (X, None), TypeError, r"mode must be a str, got NoneType"),
    Bad(grad_mode_report, (X, "No_Grad"), ValueError, r"mode must be one of .*got 'No_Grad'"),
    Bad(grad_mode_report, (X, torch.no_grad), TypeError, r"mode must be a str, got type"),
    Bad(grad_mode_report, (X, "eval"), ValueError, r"mode must be one of .*got 'eval'"),
    Bad(vjp, (3, X, X), TypeError, r"f must be callable, got int"),
    Bad(vjp, (torch.sin, [1.0], X), TypeError, r"x must be a torch.Tensor, got list"),
    Bad(vjp, (torch.sin, X, 1.0), TypeError, r"v must be a torch.Tensor, got float"),
    *[
        Bad(vjp, (torch.sin, X.to(d), X), TypeError, rf"x must be a strided float32 or float64 tensor .*got {d}")
        for d in REFUSED
    ],
    Bad(vjp, (torch.sin, SPARSE, X), TypeError, r"strided float32 or float64 .*sparse_coo"),
    Bad(vjp, (torch.sin, X, X), TypeError, r"create_graph must be a bool, got int", {"create_graph": 1}),
    Bad(vjp, (lambda t: [t], X, X), TypeError, r"f must return a tensor, got list"),
    Bad(vjp, (torch.sin, X, torch.ones(3, dtype=torch.complex64)), TypeError, r"v must be real for a real f\(x\), got torch.complex64"),
    Bad(vjp, (lambda t: t.argmax(), X, torch.ones(())), TypeError, r"f\(x\) must be a strided real floating-point tensor .*got torch.int64"),
    Bad(vjp, (lambda t: t * 1j, X, torch.ones(3)), TypeError, r"f\(x\) must be a strided real floating-point tensor .*got torch.complex64"),
    Bad(vjp, (torch.sin, X, torch.ones(2)), ValueError, r"v must have the shape of f\(x\), \(3,\), got \(2,\)"),
    Bad(vjp, (torch.sin, X, torch.ones(3, device="meta")), ValueError, r"v must be on f\(x\)'s device cpu, got meta"),
    Bad(vjp, (lambda t: t.expand(2**40), torch.ones(1), torch.ones(1).expand(2**40)), ValueError,
        r"f\(x\) has 1099511627776 elements.*at most 65536"),
    Bad(graph_nodes, ([1.0],), TypeError, r"output must be a torch.Tensor, got list"),
    Bad(graph_nodes, (None,), TypeError, r"output must be a torch.Tensor, got NoneType"),
    Bad(graph_nodes, (np.ones(2),), TypeError, r"output must be a torch.Tensor, got ndarray"),
    Bad(graph_nodes, ((torch.ones(1, requires_grad=True) * 2).grad_fn,), TypeError,
        r"output must be a torch.Tensor, got MulBackward0", note="a node instead of a tensor"),
    Bad(softplus, ([1.0],), TypeError, r"input must be a torch.Tensor, got list"),
    *[
        Bad(softplus, (X.to(d),), TypeError, rf"input must be a strided float32 or float64 tensor .*got {d}")
        for d in REFUSED
    ],
    Bad(softplus, (X, "1"), TypeError, r"beta must be a real number, got str"),
    Bad(softplus, (X, torch.tensor([2.0])), TypeError, r"beta must be a real number, got Tensor"),
    Bad(softplus, (X, torch.tensor(2.0 + 1j)), TypeError, r"beta must be a real number, got Tensor"),
    Bad(softplus, (X, 1.0, None), TypeError, r"threshold must be a real number, got NoneType"),
    Bad(softplus, (X, 1.0, 20.0), TypeError, r"double_backward must be a bool, got int", {"double_backward": 1}),
    Bad(gradcheck, (3, F64), TypeError, r"fn must be callable, got int"),
    Bad(gradcheck, (torch.sin, [1.0]), TypeError, r"inputs must be a tensor or a tuple of tensors, got list"),
    Bad(gradcheck, (torch.sin, 1.0), TypeError, r"inputs must be a tensor or a tuple of tensors, got float"),
    Bad(gradcheck, (torch.sin, torch.ones(2, requires_grad=True)), TypeError, r"inputs must be strided float64 tensors.*got torch.float32"),
    Bad(gradcheck, (lambda t: t.float(), F64), TypeError, r"the outputs of fn must be strided float64 tensors.*got torch.float32"),
    Bad(gradcheck, (torch.sin, F64), ValueError, r"eps must be finite and > 0, got 0.0", {"eps": 0.0}),
    Bad(gradcheck, (torch.sin, F64), ValueError, r"eps must be finite and > 0, got nan", {"eps": float("nan")}),
    Bad(gradcheck, (torch.sin, F64), TypeError, r"eps must be a real number, got bool", {"eps": True}),
    Bad(gradcheck, (torch.sin, F64), ValueError, r"atol must be finite and >= 0, got -1.0", {"atol": -1}),
    Bad(gradcheck, (torch.sin, F64), TypeError, r"rtol must be a real number, got str", {"rtol": "0.1"}),
    Bad(gradcheck, (torch.sin, torch.ones(2, dtype=torch.float64)), ValueError, r"at least one input must have requires_grad=True"),
    Bad(gradcheck, (torch.sin, torch.ones(2, dtype=torch.float64, device="meta", requires_grad=True)), ValueError,
        r"inputs must hold values; got a tensor on the meta device"),
    Bad(gradcheck, (torch.sin, F64[:1].expand(2**40)), ValueError, r"1099511627776 elements .*at most 4096"),
    Bad(grad_mode_report, (NESTED, "no_grad"), TypeError, r"x must be a plain strided tensor, got a nested one"),
    Bad(grad_mode_report, (QUANTIZED, "no_grad"), TypeError, r"x must be a plain strided tensor, got a quantized one"),
    Bad(grad_mode_report, (X.to(torch.float8_e5m2), "no_grad"), TypeError, r"x must have a dtype torch can multiply by 2, got torch.float8_e5m2"),
    Bad(grad_mode_report, (torch.empty(2, dtype=torch.int4), "no_grad"), TypeError, r"x must have a dtype .*got torch.int4"),
    Bad(vjp, (torch.sin, X, torch.empty(3, dtype=torch.int4)), TypeError, r"v must be a real tensor torch can cast to f\(x\)'s dtype, got torch.int4"),
    Bad(vjp, (torch.sin, X, NESTED), TypeError, r"v must be a real tensor torch can cast .*\(nested\)"),
    Bad(vjp, (torch.sin, X, torch.ones(3).to_sparse()), TypeError, r"v must be a strided tensor \(torch's result follows a sparse v.*got layout torch.sparse_coo"),
    Bad(vjp, (torch.sin, NESTED, X), TypeError, r"x must be a strided float32 or float64 tensor .*\(nested\)"),
    Bad(vjp, (lambda t: t.to(torch.float8_e5m2), X, X), TypeError, r"f\(x\) must be a strided real floating-point tensor .*got torch.float8_e5m2"),
    Bad(vjp, (lambda t: t.to_sparse(), X, X), TypeError, r"f\(x\) must be a strided .*got torch.float32 with layout torch.sparse_coo"),
    Bad(vjp, (lambda t: t.to("meta"), X, torch.ones(3, device="meta")), ValueError, r"f\(x\) is a meta tensor but x holds values"),
    Bad(vjp, (lambda t: t.sum(), torch.zeros(1).expand(2**40), torch.tensor(1.0)), ValueError,
        r"x has 1099511627776 elements; this reference builds the Jacobian whole and accepts at most 268435456 entries"),
    Bad(vjp, (lambda t: t.repeat(2**14), torch.zeros(2**15), torch.zeros(2**29)), ValueError, r"f\(x\) has 536870912 elements"),
    Bad(vjp, (lambda t: t.repeat(2**1), torch.zeros(2**15), torch.zeros(2**16)), ValueError,
        r"the Jacobian of f at x has 65536 x 32768 entries; this reference builds it whole and accepts at most 268435456"),
    Bad(vjp, (torch.sin, INFERENCE, X), ValueError, r"x is an inference tensor; outside torch.inference_mode\(\)"),
    Bad(softplus, (NESTED,), TypeError, r"input must be a strided float32 or float64 tensor .*\(nested\)"),
    Bad(softplus, (X, 2**2000), ValueError, r"softplus\(\): beta must fit in a float, got an int of 2001 bits"),
    Bad(softplus, (X, 1.0, -2**1024), ValueError, r"softplus\(\): threshold must fit in a float, got an int of 1025 bits"),
    Bad(softplus, (X, torch.tensor(2.0, requires_grad=True)), TypeError, r"beta must be a real number, got a tensor that requires grad"),
    Bad(gradcheck, (torch.sin, NESTED64), TypeError, r"inputs must be strided float64 tensors.*got torch.float64 \(nested\)"),
    Bad(gradcheck, (lambda t: t.to_sparse(), F64), TypeError, r"the outputs of fn must be strided float64 tensors.*with layout torch.sparse_coo"),
    Bad(gradcheck, (lambda t: t.to("meta"), F64), ValueError, r"the outputs of fn must hold values; got a tensor on the meta device"),
    Bad(gradcheck, (torch.sin, F64), ValueError, r"eps must be finite and > 0, got inf", {"eps": 2**2000}),
    Bad(gradcheck, (lambda t: t[t > 1.0000005], F64), ValueError,
        r"fn must return outputs of the same shapes when an input is perturbed; got \[\(0,\)\] at the inputs and \[\(1,\)\]"),
    Bad(gradcheck, (lambda t: (t,) if t[0] > 1 else (t, t), F64), ValueError, r"fn must return outputs of the same shapes", note="output count"),
    Bad(gradcheck, (lambda t: t[:1].expand(2**40), F64), ValueError,
        r"the outputs of fn hold 1099511627776 elements for 3 input elements; .*at most 65536 outputs"),
    Bad(gradcheck, (lambda t: t.repeat(2**3), F64.detach()[:1].expand(2**12).requires_grad_()), ValueError,
        r"the outputs of fn hold 32768 elements for 4096 input elements; .*16777216 entries", note="entries"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)


# --- grad_mode_report: proven on float32, float64, complex64, int64, bool ------------------

@given(
    st.sampled_from([torch.float32, torch.float64, torch.complex64, torch.int64, torch.bool]),
    st.booleans(),
    st.sampled_from(["enable_grad", "no_grad", "inference_mode"]),
    st.booleans(),
)
def test_grad_mode_report_matches_torch(dtype, requires_grad, mode, caller_no_grad):
    floating = dtype.is_floating_point or dtype.is_complex
    x = torch.ones(2, dtype=dtype, requires_grad=requires_grad and floating)
    if caller_no_grad:
        with torch.no_grad():  # the caller's own mode must not change the answers
            report = grad_mode_report(x, mode)
    else:
        report = grad_mode_report(x, mode)
    ctx = {"enable_grad": torch.enable_grad, "no_grad": torch.no_grad, "inference_mode": torch.inference_mode}
    with ctx[mode]():
        y = x * 2
    assert report["requires_grad"] == y.requires_grad == (mode == "enable_grad" and x.requires_grad)
    assert report["grad_fn"] == (type(y.grad_fn).__name__ if y.grad_fn else None)
    assert report["is_inference"] == y.is_inference() == (mode == "inference_mode")
    inference = mode == "inference_mode"
    assert (report["version"] is None) == inference
    assert (report["in_place"] is True) == (not inference)
    assert (report["used_in_autograd"] is True) == (not inference)
    with pytest.raises(RuntimeError, match="Inference tensors") if inference else contextlib.nullcontext():
        y._version
    assert x.grad is None


def test_grad_mode_report_refuses_to_run_inside_inference_mode():
    with torch.inference_mode(), pytest.raises(ValueError, match="outside torch.inference_mode"):
        grad_mode_report(torch.ones(2), "no_grad")


def test_softplus_takes_what_torch_takes_for_beta():
    x = torch.tensor([-1.0, 0.5, 3.0])
    for beta in (torch.tensor(2.0), torch.tensor(2), True, np.float32(0.5), np.int64(3)):
        torch.testing.assert_close(softplus(x, beta), F.softplus(x, beta=beta))


def test_softplus_takes_a_numpy_bool_as_torch_does():
    x = torch.tensor([-1.0, 0.5, 3.0])
    torch.testing.assert_close(softplus(x, np.bool_(True)), F.softplus(x, beta=np.bool_(True)))


def test_vjp_under_no_grad_equals_torch():
    x, v = torch.tensor([0.5, 1.0]), torch.tensor([1.0, -2.0])
    with torch.no_grad():
        got = vjp(torch.sin, x, v)
        expected = torch.autograd.functional.vjp(torch.sin, x, v)
    torch.testing.assert_close(got, expected)


def test_gradcheck_takes_a_non_contiguous_input_as_torch_does():
    x = torch.tensor([[0.5, 2.0], [1.0, -1.0]], dtype=torch.float64).t().requires_grad_()
    fn = lambda t: t.sin() @ t  # noqa: E731
    assert gradcheck(fn, x) is torch.autograd.gradcheck(fn, x, raise_exception=False) is True
    wrong = lambda t: t.detach().sin() @ t  # noqa: E731
    assert gradcheck(wrong, x) is torch.autograd.gradcheck(wrong, x, raise_exception=False) is False


def test_vjp_takes_an_integer_v_as_torch_does():
    x = torch.tensor([0.5, 1.0])
    v = torch.tensor([1, 2])
    torch.testing.assert_close(vjp(torch.sin, x, v)[1], torch.autograd.functional.vjp(torch.sin, x, v)[1])


def test_grad_mode_report_on_meta():
    report = grad_mode_report(torch.ones(2, device="meta", requires_grad=True), "no_grad")
    assert report["requires_grad"] is False and report["used_in_autograd"] is True


# --- vjp: proven on float32 and float64; refuses half, bfloat16, complex and integers -----

FUNCTIONS = {
    "square": lambda t: t ** 2,
    "sin-sum-rows": lambda t: t.sin().sum(-1),
    "outer": lambda t: t.reshape(-1, 1) * t.reshape(1, -1),
    "softmax": lambda t: torch.softmax(t.reshape(-1), 0),
    "constant": lambda t: torch.ones(2, dtype=t.dtype),
    "exp-mean": lambda t: t.exp().mean(),
}


@given(
    st.sampled_from(sorted(FUNCTIONS)),
    st.lists(st.integers(0, 3), min_size=0, max_size=2),
    st.sampled_from(FLOATS),
    st.booleans(),
    st.integers(0, 2**16),
)
def test_vjp_equals_torch(name, shape, dtype, create_graph, seed):
    f = FUNCTIONS[name]
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(shape, generator=g, dtype=torch.float64).to(dtype).requires_grad_(True)
    with torch.no_grad():
        out_shape = f(x).shape
    v = torch.randn(out_shape, generator=g, dtype=torch.float64).to(dtype)
    y, got = vjp(f, x, v, create_graph=create_graph)
    y_ref, expected = torch.autograd.functional.vjp(f, x, v, create_graph=create_graph)
    tol = {"rtol": 1e-5, "atol": 1e-5} if dtype == torch.float32 else {"rtol": 1e-10, "atol": 1e-12}
    torch.testing.assert_close(y, y_ref, equal_nan=True, **tol)
    torch.testing.assert_close(got, expected, **tol)
    if y.numel():  # torch attaches a grad_fn even to an empty result
        assert got.requires_grad == expected.requires_grad
    if create_graph and expected.requires_grad and y.numel():
        u = torch.randn(x.shape, generator=g, dtype=torch.float64).to(dtype)
        (second,) = torch.autograd.grad((got * u).sum(), x, allow_unused=True)
        (second_ref,) = torch.autograd.grad((expected * u).sum(), x, allow_unused=True)
        if second_ref is None:
            assert second is None or not second.any()
        else:
            torch.testing.assert_close(second, second_ref, **tol)


def test_vjp_is_what_backward_accumulates():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    v = torch.tensor([0.5, -1.0])
    (x ** 3).backward(v)
    (x ** 3).backward(v)  # a second backward adds to .grad
    _, got = vjp(lambda t: t ** 3, x, v)
    torch.testing.assert_close(x.grad, 2 * got)


def test_vjp_follows_the_device_of_its_input():
    x = torch.ones(3, device="meta")
    y, got = vjp(torch.sin, x, torch.ones(3, device="meta"))
    assert got.device.type == "meta" and got.shape == x.shape and got.dtype == x.dtype


# --- graph_nodes: the engine's own execution order, recorded with node pre-hooks ---------

OPS = [
    lambda a, b: a * b,
    lambda a, b: a + b,
    lambda a, b: (a - b).sin(),
    lambda a, b: torch.stack([a, b]).sum(0),
    lambda a, b: a.exp() * b.cos(),
]


@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 50), st.integers(0, 50)), min_size=1, max_size=8),
       st.lists(st.booleans(), min_size=3, max_size=3))
def test_graph_nodes_is_the_order_backward_runs(program, requires):
    values = [torch.ones(2, requires_grad=r) for r in requires]
    values[0].requires_grad_(True)
    for op, i, j in program:
        values.append(OPS[op](values[i % len(values)], values[j % len(values)]))
    loss = sum(v.sum() for v in values[3:] if v.requires_grad) + values[0].sum()
    ran = []
    seen, stack = set(), [loss.grad_fn]
    while stack:
        node = stack.pop()
        if node is None or node in seen:
            continue
        seen.add(node)
        node.register_prehook(lambda grads, node=node: ran.append(node))
        stack.extend(n for n, _ in node.next_functions)
    listed = graph_nodes(loss)
    loss.backward()
    assert [name for name, _ in listed] == [type(n).__name__ for n in ran]
    position = {n: k for k, n in enumerate(ran)}
    for k, (name, nxt) in enumerate(listed):
        assert nxt == tuple(position[n] for n, _ in ran[k].next_functions if n is not None)
        assert all(m > k for m in nxt), "a node comes before every node it sends gradients to"


def test_graph_nodes_of_tensors_without_a_graph():
    assert graph_nodes(torch.ones(2)) == []
    assert graph_nodes(torch.ones(2, requires_grad=True)) == []


# --- softplus: proven on float32 and float64 (values, gradients, second derivatives) ------

@given(
    st.sampled_from(FLOATS),
    st.sampled_from([1.0, 2.0, 0.5, -1.0, 3]),
    st.sampled_from([20.0, 1.0, 0.0, -2.0]),
    st.lists(st.sampled_from([-40.0, -3.0, -0.5, 0.0, 0.25, 1.0, 2.0, 15.0, 30.0, 100.0]), max_size=6),
)
def test_softplus_equals_torch(dtype, beta, threshold, values):
    x = torch.tensor(values, dtype=dtype).requires_grad_(True)
    x_ref = x.detach().clone().requires_grad_(True)
    y, y_ref = softplus(x, beta, threshold), F.softplus(x_ref, beta, threshold)
    tol = {"rtol": 1.3e-6, "atol": 1e-6} if dtype == torch.float32 else {"rtol": 1e-12, "atol": 1e-12}
    torch.testing.assert_close(y, y_ref, **tol)
    u = torch.linspace(-1, 1, len(values), dtype=dtype)
    (g,) = torch.autograd.grad((y * u).sum(), x, create_graph=True)
    (g_ref,) = torch.autograd.grad((y_ref * u).sum(), x_ref, create_graph=True)
    torch.testing.assert_close(g, g_ref, **tol)
    if values:
        (h,) = torch.autograd.grad(g.sum(), x)
        (h_ref,) = torch.autograd.grad(g_ref.sum(), x_ref)
        torch.testing.assert_close(h, h_ref, **tol)


def test_once_differentiable_softplus_refuses_a_second_derivative():
    x = torch.tensor([0.5], requires_grad=True)
    y = softplus(x, double_backward=False)
    (g,) = torch.autograd.grad((y ** 2).sum(), x, create_graph=True)
    torch.testing.assert_close(g, 2 * F.softplus(x.detach()) * torch.sigmoid(x.detach()))
    assert g.requires_grad  # recorded, but through a node that raises when differentiated
    with pytest.raises(RuntimeError, match="once_differentiable"):
        g.sum().backward()


def test_softplus_on_meta_and_without_grad():
    assert softplus(torch.ones(2, device="meta")).device.type == "meta"
    assert softplus(torch.ones(2)).grad_fn is None


# --- gradcheck: same verdict as torch.autograd.gradcheck on float64 (refuses other dtypes) -

class _Scaled(torch.autograd.Function):
    """exp with a backward off by a factor: a wrong gradient for the fail cases."""

    @staticmethod
    def forward(x, factor):
        return x.exp()

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(output)
        ctx.factor = inputs[1]

    @staticmethod
    def backward(ctx, grad):
        (out,) = ctx.saved_tensors
        return grad * out * ctx.factor, None


CHECKED = {
    "sin": lambda a, b: a.sin() * b,
    "matmul": lambda a, b: a.reshape(-1, 1) @ b.reshape(1, -1),
    "two-outputs": lambda a, b: (a.exp(), (a * b).sum()),
    "detached-b": lambda a, b: a * b.detach(),
    "softplus": lambda a, b: softplus(a) + b,
}


@given(
    st.sampled_from(sorted(CHECKED) + ["scaled"]),
    st.sampled_from([1.0, 1.5, 0.0]),
    st.integers(1, 3),
    st.booleans(),
    st.integers(0, 2**16),
)
def test_gradcheck_gives_torchs_verdict(name, factor, n, b_requires, seed):
    g = torch.Generator().manual_seed(seed)
    a = torch.randn(n, generator=g, dtype=torch.float64, requires_grad=True)
    b = torch.randn(n, generator=g, dtype=torch.float64, requires_grad=b_requires)
    fn = CHECKED.get(name) or (lambda a, b: _Scaled.apply(a, factor) + b)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = torch.autograd.gradcheck(fn, (a, b), raise_exception=False)
    assert gradcheck(fn, (a, b)) == expected
    # the table holds pass and fail cases: a wrong backward, or a detach() hiding b's gradient
    should_pass = {"scaled": factor == 1.0, "detached-b": not b_requires}.get(name, True)
    assert expected == should_pass


def test_gradcheck_detached_input_fails_in_both():
    x = torch.tensor([0.5, 2.0], dtype=torch.float64, requires_grad=True)
    fn = lambda t: torch.sin(t.detach()) + t  # noqa: E731
    assert gradcheck(fn, x) is False
    assert torch.autograd.gradcheck(fn, x, raise_exception=False) is False


def test_gradcheck_leaves_inputs_alone():
    x = torch.tensor([0.5, 2.0], dtype=torch.float64, requires_grad=True)
    before = x.detach().clone()
    assert gradcheck(torch.exp, (x,))
    assert torch.equal(x, before) and x.grad is None
