"""device, parameter, variable: describe, count_parameters and as_leaf, and the torch behaviour their pages show."""

import warnings

import numpy as np
import pytest
import torch
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st
from torch import nn

from torchnotes.tensors import as_leaf, count_parameters, describe

# ---------------------------------------------------------------- device


def test_describe_reports_layout():
    assert describe(torch.zeros(2, 3)) == (
        "shape=(2, 3) dtype=float32 device=cpu stride=(3, 1) contiguous=True requires_grad=False")
    assert describe(torch.ones(3, 1).expand(3, 4)) == (
        "shape=(3, 4) dtype=float32 device=cpu stride=(1, 0) contiguous=False requires_grad=False")
    assert describe(torch.tensor(1.0, requires_grad=True)) == (
        "shape=() dtype=float32 device=cpu stride=() contiguous=True requires_grad=True")
    assert "device=meta" in describe(torch.empty(10**6, 10**6, device="meta"))  # no memory needed


@pytest.mark.parametrize("layout", ["to_sparse", "to_sparse_csr"])
def test_describe_names_sparse_layouts_instead_of_strides(layout):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # sparse CSR is "beta"
        x = getattr(torch.eye(2), layout)()
    assert describe(x) == f"shape=(2, 2) dtype=float32 device=cpu layout={str(x.layout)[6:]} requires_grad=False"


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


def test_mixing_devices_in_one_operation_raises():
    with pytest.raises(RuntimeError, match="is not on the expected device"):
        torch.ones(2, device="meta") + torch.zeros(2)
    m = nn.Linear(2, 2)
    assert m.to("meta") is m and m.weight.device.type == "meta"  # modules move in place


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
                                   nn.Embedding(10, 4), nn.LayerNorm(6), nn.Linear(2, 2, device="meta"),
                                   nn.Linear(2, 2, dtype=torch.float16)])
def test_count_parameters_equals_the_sum_over_parameters(layer):
    assert count_parameters(layer) == sum(p.numel() for p in layer.parameters())


def test_tied_parameter_counts_once():
    a, b = nn.Linear(3, 3, bias=False), nn.Linear(3, 3, bias=False)
    b.weight = a.weight
    assert count_parameters(nn.Sequential(a, b)) == 9


def test_lazy_module_counts_after_its_first_forward():
    lazy = nn.LazyLinear(2)
    with pytest.raises(ValueError, match="Attempted to use an uninitialized parameter"):
        sum(p.numel() for p in lazy.parameters())
    lazy(torch.ones(1, 3))
    assert count_parameters(lazy) == 3 * 2 + 2


def test_parameter_behaviour_today():
    data = torch.ones(2)
    p = nn.Parameter(data)
    assert p.requires_grad and p.is_leaf and isinstance(p, torch.Tensor) and p.data_ptr() == data.data_ptr()
    assert type(p * 2) is torch.Tensor  # results of operations are plain tensors
    with pytest.raises(RuntimeError, match="Only Tensors of floating point and complex dtype"):
        nn.Parameter(torch.tensor([1, 2]))
    assert not nn.Parameter(torch.tensor([1, 2]), requires_grad=False).requires_grad
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


# every dtype that can require grad, and an integer one for requires_grad=False
LEAF_DTYPES = [torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.complex64, torch.complex128]


@given(seed=st.integers(0, 2**16), requires_grad=st.booleans(), non_leaf=st.booleans(),
       dtype=st.sampled_from(LEAF_DTYPES), device=st.sampled_from(["cpu", "meta"]))
def test_as_leaf_is_what_variable_returns(seed, requires_grad, non_leaf, dtype, device):
    from torch.autograd import Variable

    t = torch.randn(3, generator=torch.Generator().manual_seed(seed), dtype=torch.float64).to(dtype).to(device)
    t = t.requires_grad_(non_leaf) * 2 if non_leaf else t
    ours, old = as_leaf(t, requires_grad), Variable(t, requires_grad=requires_grad)
    for x in (ours, old):
        assert type(x) is torch.Tensor and x.is_leaf and x.grad_fn is None
        assert (x.requires_grad, x.dtype, x.device) == (requires_grad, t.dtype, t.device)
        if device == "cpu":
            assert x.data_ptr() == t.data_ptr() and torch.equal(x, t.detach())


def test_as_leaf_without_grad_takes_any_dtype():
    for dtype in (torch.int64, torch.bool, torch.uint8):
        t = torch.zeros(2, dtype=dtype)
        assert as_leaf(t, requires_grad=False).dtype == dtype


def test_as_leaf_collects_gradients():
    leaf = as_leaf(torch.ones(2, requires_grad=True) * 3)
    (leaf * 2).sum().backward()
    assert torch.equal(leaf.grad, torch.full((2,), 2.0))


def test_as_leaf_of_a_parameter_is_a_plain_tensor():
    p = nn.Parameter(torch.ones(2))
    assert type(as_leaf(p)) is torch.Tensor


def test_inference_tensors_need_a_clone_outside_inference_mode():
    with torch.inference_mode():
        t = torch.ones(2)
        assert as_leaf(t).requires_grad  # allowed inside inference mode, as in torch
    with pytest.raises(RuntimeError, match="inference tensor outside InferenceMode"):
        t.detach().requires_grad_()
    assert as_leaf(t.clone()).requires_grad


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


with torch.inference_mode():
    INFERENCE = torch.ones(2)

BAD_CALLS = [
    Bad(describe, ([1],), TypeError, r"describe\(\): tensor must be a torch.Tensor, got list"),
    Bad(describe, (np.zeros(2),), TypeError, r"describe\(\): tensor must be a torch.Tensor, got ndarray"),
    Bad(describe, (torch.nested.nested_tensor([torch.ones(2), torch.ones(3)]),), TypeError,
        r"describe\(\): tensor is a nested tensor, which has no single shape"),
    Bad(count_parameters, (torch.ones(1),), TypeError, r"count_parameters\(\): module must be an nn.Module, got Tensor"),
    Bad(count_parameters, ([nn.Linear(1, 1)],), TypeError, r"count_parameters\(\): module must be an nn.Module, got list"),
    Bad(count_parameters, (nn.Linear(1, 1),), TypeError, r"count_parameters\(\): trainable_only must be a bool, got NoneType",
        {"trainable_only": None}),
    Bad(count_parameters, (nn.Linear(1, 1), 1), TypeError, r"count_parameters\(\): trainable_only must be a bool, got int"),
    Bad(count_parameters, (nn.Linear(1, 1), np.bool_(False)), TypeError, r"trainable_only must be a bool, got numpy.bool"),
    Bad(count_parameters, (nn.LazyLinear(2),), ValueError, r"count_parameters\(\): parameter 'weight' is not initialized yet"),
    Bad(as_leaf, ([1.0],), TypeError, r"as_leaf\(\): tensor must be a torch.Tensor, got list"),
    Bad(as_leaf, (np.ones(2),), TypeError, r"as_leaf\(\): tensor must be a torch.Tensor, got ndarray"),
    Bad(as_leaf, (torch.tensor([1, 2]),), ValueError, r"as_leaf\(\): only floating-point or complex tensors can require grad, got torch.int64"),
    Bad(as_leaf, (torch.tensor([True]),), ValueError, r"as_leaf\(\): only floating-point .* got torch.bool"),
    Bad(as_leaf, (torch.ones(1),), TypeError, r"as_leaf\(\): requires_grad must be a bool, got int", {"requires_grad": 1}),
    Bad(as_leaf, (torch.ones(1), np.bool_(True)), TypeError, r"as_leaf\(\): requires_grad must be a bool, got numpy.bool"),
    Bad(as_leaf, (INFERENCE,), ValueError, r"as_leaf\(\): tensor was created under torch.inference_mode\(\)"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
