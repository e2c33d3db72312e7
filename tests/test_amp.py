"""amp: grad_scaler_update equals torch._amp_update_scale_; autocast_dtypes matches torch's CPU lists."""

import warnings

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.amp import autocast_dtypes, grad_scaler_update

F32 = torch.float32
I32 = torch.int32

finite_scales = st.floats(min_value=2.0**-100, max_value=2.0**127, allow_nan=False, width=32)
factors = st.one_of(st.sampled_from([2.0, 0.5, 1.0, 3.0, 0.3, 1e10]), st.floats(0.01, 100.0))


@given(
    scale=st.one_of(finite_scales, st.sampled_from([float("inf"), 0.0])),
    tracker=st.integers(0, 10),
    found=st.sampled_from([0.0, -0.0, 1.0, 0.5, float("inf"), float("nan")]),
    growth=factors,
    backoff=factors,
    interval=st.integers(1, 6),
)
def test_update_equals_torch(scale, tracker, found, growth, backoff, interval):
    s, g, f = torch.tensor(scale, dtype=F32), torch.tensor(tracker, dtype=I32), torch.tensor(found)
    got_scale, got_tracker = grad_scaler_update(s, g, f, growth, backoff, interval)
    torch._amp_update_scale_(s, g, f, growth, backoff, interval)
    assert got_scale.dtype == F32 and got_tracker.dtype == I32
    torch.testing.assert_close(got_scale, s, rtol=0, atol=0, equal_nan=True)
    assert torch.equal(got_tracker, g)


def test_update_leaves_its_inputs_and_follows_their_shape_and_device():
    s, g, f = torch.tensor([8.0]), torch.tensor([0], dtype=I32), torch.tensor([0.0])
    new_s, new_g = grad_scaler_update(s, g, f, growth_interval=1)
    assert s.item() == 8.0 and g.item() == 0 and new_s.shape == (1,) and new_g.shape == (1,)
    meta = grad_scaler_update(s.to("meta"), g.to("meta"), f.to("meta"))
    assert [t.device.type for t in meta] == ["meta", "meta"]
    assert grad_scaler_update(s, g, f, np.float32(2), np.float64(0.5), np.int64(1))[0].item() == 16.0


def test_update_takes_0d_tensors_where_torch_does():
    # torch's float and int arguments take 0-d tensors holding a value
    s, g, f = torch.tensor(8.0), torch.tensor(0, dtype=I32), torch.tensor(0.0)
    got = grad_scaler_update(s, g, f, torch.tensor(2.0), torch.tensor(0.5), torch.tensor(1))
    torch._amp_update_scale_(s, g, f, torch.tensor(2.0), torch.tensor(0.5), torch.tensor(1))
    assert torch.equal(got[0], s) and torch.equal(got[1], g)


def test_gradscaler_on_the_cpu_follows_the_reference():
    # GradScaler("cpu") runs the same update; three steps, the second with an inf gradient
    torch.manual_seed(0)
    model = torch.nn.Linear(2, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    scaler = torch.amp.GradScaler("cpu", init_scale=1024.0, growth_interval=2)
    scale, tracker = torch.tensor(1024.0), torch.tensor(0, dtype=I32)
    for step in range(3):
        opt.zero_grad()
        x = torch.ones(3, 2) * (float("inf") if step == 1 else 1.0)
        scaler.scale(model(x).sum()).backward()
        scaler.step(opt)
        found = sum(v for v in scaler._found_inf_per_device(opt).values())
        scaler.update()
        scale, tracker = grad_scaler_update(scale, tracker, found.float().reshape(()), 2.0, 0.5, 2)
        assert scaler.get_scale() == scale.item()


# torch's documented CPU autocast lists (torch.amp docs, "CPU Op-Specific Behavior"),
# measured on a float32 input (lower-precision ops) and on a bfloat16 input (float32 ops).
A = torch.randn(4, 4, generator=torch.Generator().manual_seed(0))
T = torch.tensor([0, 1, 2, 3])
LOWER = {
    "matmul": lambda x: x @ x, "mm": lambda x: torch.mm(x, x), "bmm": lambda x: torch.bmm(x[None], x[None]),
    "addmm": lambda x: torch.addmm(x, x, x), "linear": lambda x: F.linear(x, x),
    "conv1d": lambda x: F.conv1d(x[None], x[:, :, None]),
    "baddbmm": lambda x: torch.baddbmm(x[None], x[None], x[None]),
}
FLOAT32 = {
    "cross_entropy": lambda x: F.cross_entropy(x, T), "nll_loss": lambda x: F.nll_loss(x, T),
    "mse_loss": lambda x: F.mse_loss(x, x), "prod": torch.prod, "cdist": lambda x: torch.cdist(x, x),
    "binary_cross_entropy_with_logits": lambda x: F.binary_cross_entropy_with_logits(x, x.sigmoid()),
    "smooth_l1_loss": lambda x: F.smooth_l1_loss(x, x),
}
# Not on the CPU lists (CUDA's float32 list has them): they keep their input's dtype.
UNLISTED = {
    "exp": torch.exp, "softmax": lambda x: x.softmax(1), "log_softmax": lambda x: x.log_softmax(1),
    "layer_norm": lambda x: F.layer_norm(x, (4,)), "sum": torch.sum, "relu": torch.relu,
}


def test_autocast_dtypes_match_the_cpu_lists():
    assert set(autocast_dtypes(LOWER, A).values()) == {torch.bfloat16}
    assert set(autocast_dtypes(LOWER, A, dtype=torch.float16).values()) == {torch.float16}
    bf = A.bfloat16()
    assert set(autocast_dtypes(FLOAT32, bf).values()) == {F32}
    assert set(autocast_dtypes(UNLISTED, bf).values()) == {torch.bfloat16}
    assert set(autocast_dtypes(UNLISTED, A).values()) == {F32}


def test_autocast_dtypes_measures_what_torch_gives_outside_autocast_too():
    with torch.autocast("cpu"):
        expected = (A @ A).dtype
    assert autocast_dtypes({"mm": torch.mm}, A, A) == {"mm": expected}
    assert autocast_dtypes({"topk": lambda x: x.topk(2)}, A.bfloat16()) == {"topk": torch.bfloat16}


def test_cuda_autocast_without_a_gpu_warns_and_runs_in_float32():
    if torch.cuda.is_available():
        pytest.skip("needs a machine without CUDA")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert autocast_dtypes(LOWER, A, device_type="cuda") == {k: F32 for k in LOWER}


def test_cuda_amp_is_deprecated_with_its_replacement_named():
    # fails when torch drops the warning or changes the replacement it names
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # no GPU: autocast also says it disables itself
        with pytest.warns(FutureWarning, match=r"torch\.amp\.autocast\('cuda', args\.\.\.\)"):
            torch.cuda.amp.autocast()
    with pytest.warns(FutureWarning, match=r"torch\.amp\.GradScaler\('cuda', args\.\.\.\)"):
        warnings.simplefilter("ignore", UserWarning)
        torch.cuda.amp.GradScaler()


S, G, FI = torch.tensor(1.0), torch.tensor(0, dtype=I32), torch.tensor(0.0)

BAD_CALLS = [
    Bad(autocast_dtypes, ([torch.exp], A), TypeError, r"ops must be a mapping of names to callables, got list"),
    Bad(autocast_dtypes, ({"exp": 1}, A), TypeError, r"ops must map str names to callables, got 'exp': int"),
    Bad(autocast_dtypes, ({1: torch.exp}, A), TypeError, r"ops must map str names to callables, got 1"),
    Bad(autocast_dtypes, ({"exp": torch.exp}, [1.0]), TypeError, r"inputs\[0\] must be a torch.Tensor, got list"),
    Bad(autocast_dtypes, ({"exp": torch.exp}, A), ValueError, r"device_type must be one of .*, got 'gpu'",
        {"device_type": "gpu"}),
    Bad(autocast_dtypes, ({"exp": torch.exp}, A), TypeError, r"device_type must be a str, got device",
        {"device_type": torch.device("cpu")}),
    Bad(autocast_dtypes, ({"exp": torch.exp}, A), TypeError, r"dtype must be .*, got torch.float64",
        {"dtype": torch.float64}),
    Bad(autocast_dtypes, ({"exp": torch.exp}, A), TypeError, r"dtype must be .*, got 'bf16'",
        {"dtype": "bf16"}),
    Bad(autocast_dtypes, ({"n": lambda x: x.numel()}, A), TypeError, r"op 'n' must return a tensor, got int"),
    Bad(grad_scaler_update, (1.0, G, FI), TypeError, r"scale must be a torch.Tensor, got float"),
    Bad(grad_scaler_update, (S.double(), G, FI), TypeError, r"scale must be a torch.float32 tensor, got torch.float64"),
    Bad(grad_scaler_update, (S.half(), G, FI), TypeError, r"scale must be a torch.float32 tensor, got torch.float16"),
    Bad(grad_scaler_update, (S, G.long(), FI), TypeError, r"growth_tracker must be a torch.int32 tensor, got torch.int64"),
    Bad(grad_scaler_update, (S, G, FI.bool()), TypeError, r"found_inf must be a torch.float32 tensor, got torch.bool"),
    Bad(grad_scaler_update, (torch.ones(2), G, FI), ValueError, r"scale must have one element, got shape \(2,\)"),
    Bad(grad_scaler_update, (S, G, torch.zeros(0)), ValueError, r"found_inf must have one element, got shape \(0,\)"),
    Bad(grad_scaler_update, (S, G.to("meta"), FI), ValueError, r"growth_tracker must be on scale's device cpu, got meta"),
    Bad(grad_scaler_update, (S, G, FI, True), TypeError, r"growth_factor must be a real number, got bool"),
    Bad(grad_scaler_update, (S, G, FI, 2.0, "0.5"), TypeError, r"backoff_factor must be a real number, got str"),
    Bad(grad_scaler_update, (S, G, FI, 2.0, 0.5, 2.5), TypeError, r"growth_interval must be an int, got float"),
    Bad(grad_scaler_update, (S, G, FI, 2.0, 0.5, True), TypeError, r"growth_interval must be an int, got bool"),
    Bad(grad_scaler_update, (S, G, FI, 2.0, 0.5, 0), ValueError, r"growth_interval must be >= 1, got 0"),
    Bad(autocast_dtypes, ({"mm": torch.mm}, A), ValueError, r"op 'mm' raised TypeError on inputs: mm\(\)"),
    Bad(autocast_dtypes, ({"exp": torch.exp}, A), ValueError, r"device_type must be one of .*, got 'meta'",
        {"device_type": "meta"}),
    Bad(grad_scaler_update, (torch.ones(1).to_sparse(), G, FI), TypeError,
        r"scale must be a dense \(strided\) tensor, got layout torch.sparse_coo"),
    Bad(grad_scaler_update, (S, G, FI, 2**1100), ValueError, r"growth_factor must fit a float64, got an int of 1101 bits"),
    Bad(grad_scaler_update, (S, G, FI, torch.tensor([2.0])), TypeError,
        r"growth_factor must be a real number, got a torch.float32 tensor of shape \(1,\)"),
    Bad(grad_scaler_update, (S, G, FI, torch.tensor(True)), TypeError, r"growth_factor must be a real number, got a torch.bool"),
    Bad(grad_scaler_update, (S, G, FI, 2.0, 0.5, torch.tensor([1])), TypeError,
        r"growth_interval must be an int, got a torch.int64 tensor of shape \(1,\)"),
    Bad(grad_scaler_update, (S, G, FI, 2.0, 0.5, 2**63), ValueError, r"growth_interval must be <= 2\*\*63 - 1 .*got 9223372036854775808"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
