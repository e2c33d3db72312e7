"""containers: the registry walk equals torch's named_*/state_dict, sequential_forward equals
nn.Sequential (outputs and gradients), unregistered finds exactly what parameters() misses,
and compare_modes equals running the module in each mode by hand."""

import copy
import sys
import threading
import warnings

import numpy as np
import torch
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st
from torch import nn

from torchnotes.containers import compare_modes, registered, sequential_forward, unregistered


class Extra(nn.Module):
    def get_extra_state(self):
        return {"v": 1}

    def set_extra_state(self, state):
        pass


class Hooked(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(1, 1)
        self._register_state_dict_hook(lambda *args: None)


class OwnSave(nn.Module):
    def _save_to_state_dict(self, destination, prefix, keep_vars):
        destination[prefix + "packed"] = torch.zeros(1)


class SelfRef(nn.Module):
    def __init__(self):
        super().__init__()
        self.inner = nn.Linear(1, 1)
        self.inner.back = self  # a cycle: torch's state_dict recurses without end


@st.composite
def module_trees(draw, depth=0):
    """A random module tree with tied weights, shared submodules, missing biases and buffers."""
    root = nn.Module()
    pool = []
    for i in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["linear", "nobias", "bn", "buffers", "child", "extra", "none"]))
        if kind == "linear":
            m = nn.Linear(2, 2)
        elif kind == "nobias":
            m = nn.Linear(2, 2, bias=False)
        elif kind == "bn":
            m = nn.BatchNorm1d(2, track_running_stats=draw(st.booleans()))
        elif kind == "buffers":
            m = nn.Module()
            m.register_buffer("a", torch.zeros(1), persistent=draw(st.booleans()))
            m.register_buffer("b", None)
            m.register_parameter("p", None if draw(st.booleans()) else nn.Parameter(torch.ones(1)))
        elif kind == "child" and depth < 2:
            m = draw(module_trees(depth=depth + 1))
        elif kind == "extra":
            m = Extra()
        else:
            m = None
        setattr(root, f"m{i}", m)
        if m is not None:
            pool.append(m)
    if pool and draw(st.booleans()):  # the same module under a second name
        root.shared = draw(st.sampled_from(pool))
    linears = [m for m in pool if isinstance(m, nn.Linear)]
    if len(linears) >= 1 and draw(st.booleans()):  # weight tying
        target = draw(st.sampled_from(linears))
        tied = nn.Linear(2, 2)
        tied.weight = target.weight
        root.tied = tied
    return root


@given(module_trees())
def test_registered_equals_torchs_walks(module):
    got = registered(module)
    assert got["parameters"] == [n for n, _ in module.named_parameters()]
    assert got["buffers"] == [n for n, _ in module.named_buffers()]
    assert got["submodules"] == [n for n, _ in module.named_modules()][1:]
    assert got["state_dict"] == list(module.state_dict())


def test_registered_on_library_modules():
    for module in (nn.LSTM(2, 3, num_layers=2, bidirectional=True), nn.TransformerEncoderLayer(4, 2),
                   nn.Sequential(nn.Conv2d(1, 2, 3), nn.BatchNorm2d(2), nn.ReLU())):
        got = registered(module)
        assert got["parameters"] == [n for n, _ in module.named_parameters()]
        assert got["state_dict"] == list(module.state_dict())


LAYERS = [
    lambda: nn.Linear(3, 3), lambda: nn.ReLU(), lambda: nn.Tanh(), lambda: nn.LayerNorm(3),
    lambda: nn.Identity(), lambda: nn.Linear(3, 3, bias=False),
]


@given(st.lists(st.sampled_from(range(len(LAYERS))), max_size=4), st.integers(0, 2**16),
       st.sampled_from([torch.float32, torch.float64]), st.sampled_from(["sequential", "list", "modulelist"]))
def test_sequential_forward_equals_nn_sequential(kinds, seed, dtype, container):
    torch.manual_seed(seed)
    layers = [LAYERS[k]().to(dtype) for k in kinds]
    net = nn.Sequential(*layers)
    x = torch.randn(2, 3, dtype=dtype, requires_grad=True)
    expected = net(x)
    held = {"sequential": net, "list": layers, "modulelist": nn.ModuleList(layers)}[container]
    got = sequential_forward(held, x)
    torch.testing.assert_close(got, expected, rtol=0, atol=0)
    if got.requires_grad:
        params = [x, *net.parameters()]
        g1 = torch.autograd.grad(expected.sum(), params)
        g2 = torch.autograd.grad(got.sum(), params)
        for a, b in zip(g1, g2):
            torch.testing.assert_close(a, b, rtol=0, atol=0)


def test_sequential_forward_passes_one_object_along():
    lstm = nn.LSTM(2, 3, batch_first=True)
    out = sequential_forward([lstm], torch.zeros(1, 4, 2))
    assert isinstance(out, tuple)  # as nn.Sequential, the tuple is handed on whole


@st.composite
def holders(draw):
    root = nn.Module()
    created = []
    for i in range(draw(st.integers(0, 4))):
        how = draw(st.sampled_from(["attr", "list", "dict", "tuple", "modulelist", "moduledict", "tensor"]))
        a, b = nn.Linear(1, 1), nn.Linear(1, 1)
        if how == "attr":
            setattr(root, f"h{i}", a)
        elif how == "list":
            setattr(root, f"h{i}", [a, [b]])
        elif how == "dict":
            setattr(root, f"h{i}", {"a": a, "b": {"c": b}})
        elif how == "tuple":
            setattr(root, f"h{i}", (a,))
        elif how == "modulelist":
            setattr(root, f"h{i}", nn.ModuleList([a, b]))
        elif how == "moduledict":
            setattr(root, f"h{i}", nn.ModuleDict({"a": a, "b": b}))
        else:
            object.__setattr__(root, f"h{i}", [torch.ones(1)])
        created.append((how, a, b))
    return root, created


@given(holders())
def test_unregistered_reports_exactly_what_parameters_misses(case):
    root, created = case
    found = unregistered(root)
    registered_params = {id(p) for p in root.parameters()}
    for how, a, b in created:
        in_torch = id(a.weight) in registered_params
        assert in_torch == (how in ("attr", "modulelist", "moduledict"))
    missing = [c for c in created if c[0] in ("list", "dict", "tuple", "tensor")]
    assert bool(found) == bool(missing)
    expected_count = sum({"list": 2, "dict": 2, "tuple": 1, "tensor": 1}[c[0]] for c in missing)
    assert len(found) == expected_count


def test_unregistered_survives_cycles_and_finds_nested_modules():
    root = nn.Sequential(nn.Linear(1, 1))
    loop = []
    loop.append(loop)
    root[0].extra = [loop, {"k": nn.ReLU()}]
    assert unregistered(root) == {"0.extra[1]['k']": "ReLU"}


MODES = [
    (lambda: nn.Linear(3, 3), False), (lambda: nn.LayerNorm(3), False), (lambda: nn.ReLU(), False),
    (lambda: nn.Dropout(0.5), True), (lambda: nn.BatchNorm1d(3), True),
    (lambda: nn.Dropout(0.0), False), (lambda: nn.BatchNorm1d(3, track_running_stats=False), False),
]


@given(st.lists(st.sampled_from(range(len(MODES))), min_size=1, max_size=3), st.integers(0, 2**16),
       st.integers(0, 100), st.booleans())
def test_compare_modes_equals_running_each_mode(kinds, seed, run_seed, start_training):
    torch.manual_seed(seed)
    net = nn.Sequential(*[MODES[k][0]() for k in kinds]).train(start_training)
    x = torch.randn(6, 3) * 3 + 1
    before = copy.deepcopy(net.state_dict())
    rng = torch.get_rng_state()
    report = compare_modes(net, x, seed=run_seed)
    assert torch.equal(torch.get_rng_state(), rng), "the global random state is untouched"
    assert all(m.training == start_training for m in net.modules()), "modes restored"
    for key, value in net.state_dict().items():
        assert torch.equal(value, before[key]), f"{key} changed"
    trial = copy.deepcopy(net)
    torch.manual_seed(run_seed)
    with torch.no_grad():
        train_out = trial.train()(x)
        torch.manual_seed(run_seed)
        eval_out = copy.deepcopy(net).eval()(x)
    torch.testing.assert_close(report["train"], train_out, rtol=0, atol=0)
    torch.testing.assert_close(report["eval"], eval_out, rtol=0, atol=0)
    assert report["differs"] == (not torch.equal(train_out, eval_out))
    assert report["differs"] == any(MODES[k][1] for k in kinds)


def test_compare_modes_restores_mixed_modes():
    net = nn.Sequential(nn.Dropout(0.5), nn.Linear(2, 2))
    net.train()
    net[0].eval()
    compare_modes(net, torch.ones(2, 2))
    assert [m.training for m in net.modules()] == [True, False, True]


with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # nested tensors are a prototype
    NESTED = torch.nested.nested_tensor([torch.ones(2), torch.ones(3)])


def test_unregistered_survives_a_dict_key_whose_repr_fails():
    class Key:
        def __repr__(self):
            raise RuntimeError("no repr")

    root = nn.Module()
    root.table = {Key(): nn.ReLU()}
    assert unregistered(root) == {"table[<Key>]": "ReLU"}


def test_compare_modes_takes_the_largest_seed_torch_takes():
    torch.manual_seed(2**64 - 1)
    expected = nn.Dropout(0.5)(torch.ones(8))
    torch.testing.assert_close(compare_modes(nn.Dropout(0.5), torch.ones(8), seed=2**64 - 1)["train"], expected)


def test_compare_modes_accepts_numpy_seed():
    assert compare_modes(nn.Dropout(0.5), torch.ones(4, 4), seed=np.int64(3))["differs"]


def _chain(depth):
    """Modules nested ``depth`` levels deep: torch's own recursive walks fail on it."""
    root = cur = nn.Identity()
    for _ in range(depth):
        cur.add_module("c", nn.Identity())
        cur = cur.c
    return root


class _NoCopy(nn.Module):
    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def forward(self, x):
        return x


class _Returns(nn.Module):
    def __init__(self, how):
        super().__init__()
        self.how = how

    def forward(self, x):
        if self.how == "sparse":
            return x.to_sparse()
        if self.how == "meta":
            return x.to("meta")
        return x.to("meta") if self.training else x


DEEP = _chain(3 * sys.getrecursionlimit())

BAD_CALLS = [
    Bad(registered, (DEEP,), ValueError, r"registered\(\): module nests submodules deeper than Python's recursion limit"),
    Bad(unregistered, (DEEP,), ValueError, r"unregistered\(\): module nests submodules deeper than Python's recursion limit"),
    Bad(compare_modes, (DEEP, torch.ones(1)), ValueError, r"compare_modes\(\): module nests submodules deeper"),
    Bad(compare_modes, (nn.ReLU(), torch.ones(1)), ValueError, r"seed must be < 2\*\*64 as torch.manual_seed requires, got 18446744073709551616",
        kwargs={"seed": 2**64}),
    Bad(compare_modes, (nn.ReLU(), torch.eye(2).to_sparse()), TypeError, r"input must be a dense \(strided\) tensor, got layout torch.sparse_coo"),
    Bad(compare_modes, (nn.ReLU(), NESTED), TypeError, r"input must be a dense \(strided\) tensor, got layout torch.strided \(nested\)"),
    Bad(compare_modes, (_NoCopy(), torch.ones(1)), TypeError, r"module must be deep-copyable \(the training run uses a copy\), got TypeError"),
    Bad(compare_modes, (_Returns("sparse"), torch.ones(2)), TypeError, r"module must return a dense \(strided\) tensor, got layout torch.sparse_coo in train mode"),
    Bad(compare_modes, (_Returns("meta"), torch.ones(2)), ValueError, r"module returned meta tensors; they have no values to compare"),
    Bad(compare_modes, (_Returns("devices"), torch.ones(2)), ValueError, r"module returned tensors on different devices, meta in train mode and cpu in eval mode"),
    Bad(registered, ("not a module",), TypeError, r"module must be an nn.Module, got str"),
    Bad(registered, (nn.Linear,), TypeError, r"module must be an nn.Module, got type"),
    Bad(registered, (Hooked(),), TypeError, r"Hooked changes what state_dict saves"),
    Bad(registered, (nn.Sequential(OwnSave()),), TypeError, r"OwnSave changes what state_dict saves"),
    Bad(registered, (SelfRef(),), ValueError, r"contains itself as submodule 'inner.back'"),
    Bad(sequential_forward, ("abc", torch.ones(1)), TypeError, r"layers must be .* got str"),
    Bad(sequential_forward, ({"a": nn.ReLU()}, torch.ones(1)), TypeError, r"layers must be .* got dict"),
    Bad(sequential_forward, (nn.ReLU(), torch.ones(1)), TypeError, r"layers must be .* got ReLU"),
    Bad(sequential_forward, ([nn.ReLU(), torch.relu], torch.ones(1)), TypeError,
        r"layers\[1\] must be an nn.Module, got builtin_function_or_method"),
    Bad(sequential_forward, ((nn.ReLU, ), torch.ones(1)), TypeError, r"layers\[0\] must be an nn.Module, got type"),
    Bad(unregistered, ([nn.Linear(1, 1)],), TypeError, r"module must be an nn.Module, got list"),
    Bad(unregistered, (None,), TypeError, r"module must be an nn.Module, got NoneType"),
    Bad(compare_modes, (torch.relu, torch.ones(1)), TypeError, r"module must be an nn.Module"),
    Bad(compare_modes, (nn.ReLU(), [1.0]), TypeError, r"input must be a torch.Tensor, got list"),
    Bad(compare_modes, (nn.ReLU(), torch.ones(1)), TypeError, r"seed must be an int, got float",
        kwargs={"seed": 1.5}),
    Bad(compare_modes, (nn.ReLU(), torch.ones(1)), TypeError, r"seed must be an int, got bool",
        kwargs={"seed": True}),
    Bad(compare_modes, (nn.ReLU(), torch.ones(1)), ValueError, r"seed must be >= 0, got -1",
        kwargs={"seed": -1}),
    Bad(compare_modes, (nn.ReLU(), torch.ones(1, device="meta")), ValueError, r"input is a meta tensor"),
    Bad(compare_modes, (nn.Linear(1, 1).to("meta"), torch.ones(1, 1)), ValueError,
        r"module's weight is on meta, input on cpu"),
    Bad(compare_modes, (nn.LSTM(1, 1), torch.ones(1, 1)), TypeError,
        r"module must return a tensor, got tuple in train mode"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
