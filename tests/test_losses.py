"""Losses: cross_entropy, kl_div and Normal equal torch in value and gradient.

All three are proven on float32 and float64 (logits, probabilities, weights, loc/scale);
class indices on int64 and uint8. float16, bfloat16, integer and complex inputs are
refused (torch computes some of them, with roundings these references do not copy).
"""

import warnings

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.losses import Normal, cross_entropy, kl_div

DTYPES = [torch.float32, torch.float64]
LOGITS = st.one_of(st.floats(-5, 5, width=32), st.sampled_from([0.0, 30.0, -30.0, 1e4, -1e4]))


def close(got, expected):
    assert got.dtype == expected.dtype and got.shape == expected.shape and got.device == expected.device
    torch.testing.assert_close(got, expected, equal_nan=True)


def grads_close(ours, theirs, leaves):
    """Values of ``ours()``/``theirs()`` and their gradients with respect to ``leaves``."""
    a = [t.detach().clone().requires_grad_() for t in leaves]
    b = [t.detach().clone().requires_grad_() for t in leaves]
    out_a, out_b = ours(*a), theirs(*b)
    close(out_a, out_b)
    if not out_a.requires_grad or not torch.isfinite(out_b).all():
        return
    w = torch.linspace(0.5, 1.5, out_a.numel(), dtype=out_a.dtype).reshape(out_a.shape)
    ga = torch.autograd.grad((out_a * w).sum(), a, allow_unused=True)
    gb = torch.autograd.grad((out_b * w).sum(), b, allow_unused=True)
    for x, y in zip(ga, gb):
        if x is None or y is None:
            assert x is None or not x.any(), "a gradient torch does not have"
            continue
        torch.testing.assert_close(x, y, equal_nan=True)


@st.composite
def ce_args(draw):
    layout = draw(st.sampled_from(["C", "NC", "NCd"]))
    n, c, d = draw(st.integers(0, 3)), draw(st.integers(1, 4)), draw(st.integers(1, 2))
    shape = {"C": (c,), "NC": (n, c), "NCd": (n, c, d)}[layout]
    dtype = draw(st.sampled_from(DTYPES))
    numel = int(np.prod(shape))
    logits = torch.tensor(draw(st.lists(LOGITS, min_size=numel, max_size=numel)), dtype=dtype).reshape(shape)
    kwargs = {
        "reduction": draw(st.sampled_from(["mean", "sum", "none"])),
        "label_smoothing": draw(st.sampled_from([0.0, 0.1, 0.5, 1.0])),
    }
    if draw(st.booleans()):
        kwargs["weight"] = torch.tensor(draw(st.lists(st.floats(0, 3, width=32), min_size=c, max_size=c)), dtype=dtype)
    target_shape = shape[:1] + shape[2:] if layout != "C" else ()
    g = torch.Generator().manual_seed(draw(st.integers(0, 2**16)))
    if draw(st.booleans()):  # class probabilities
        target = torch.softmax(torch.randn(shape, generator=g, dtype=torch.float64) * 3, dim=0 if layout == "C" else 1)
        target = target.to(draw(st.sampled_from(DTYPES)))
    else:
        target = torch.randint(0, c, target_shape, generator=g)
        if draw(st.booleans()):
            ignore = draw(st.sampled_from([-100, 0, c - 1]))
            kwargs["ignore_index"] = ignore
            mask = torch.rand(target_shape, generator=g) < 0.4
            target = torch.where(mask, ignore, target) if ignore != -100 or layout != "C" else target
        if layout != "NCd" and (target.numel() == 0 or target.min() >= 0):  # uint8 holds no -100
            target = target.to(draw(st.sampled_from([torch.int64, torch.uint8])))
    return logits, target, kwargs


@given(ce_args())
def test_cross_entropy_equals_torch(args):
    logits, target, kwargs = args
    if target.dtype == torch.uint8 and "weight" in kwargs and kwargs["label_smoothing"] > 0:
        with pytest.raises(RuntimeError, match="gather"):
            F.cross_entropy(logits, target, **kwargs)
        with pytest.raises(TypeError, match="uint8 class indices with weight and label_smoothing"):
            cross_entropy(logits, target, **kwargs)
        return
    # gradients with respect to the logits (torch's nll_loss has none for the weight)
    grads_close(lambda x: cross_entropy(x, target, **kwargs), lambda x: F.cross_entropy(x, target, **kwargs), [logits])


def test_cross_entropy_everything_ignored_is_nan_like_torch():
    x, t = torch.randn(3, 4), torch.full((3,), -100)
    for smoothing in (0.0, 0.2):
        close(cross_entropy(x, t, label_smoothing=smoothing), F.cross_entropy(x, t, label_smoothing=smoothing))


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
@pytest.mark.parametrize("smoothing", [0.0, 0.3])
def test_cross_entropy_without_classes_equals_torch(reduction, smoothing):
    # C = 0: every target must be ignored; torch answers NaN or 0 without reading a class
    kwargs = {"reduction": reduction, "label_smoothing": smoothing}
    for x, t, extra in [(torch.empty(2, 0), torch.tensor([-100, -100]), {}),
                        (torch.empty(0), torch.tensor(-100), {}),
                        (torch.empty(2, 0), torch.tensor([-100, -100]), {"weight": torch.empty(0)}),
                        (torch.empty(2, 0), torch.empty(2, 0), {})]:
        close(cross_entropy(x, t, **kwargs, **extra), F.cross_entropy(x, t, **kwargs, **extra))


@pytest.mark.parametrize("ignore_index", [258, 257, -1, 300, 2**40 + 2, 2**63 - 1, -2**63, 2])
@pytest.mark.parametrize("smoothing", [0.0, 0.2])
@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_cross_entropy_uint8_targets_and_any_int64_ignore_index_equal_torch(ignore_index, smoothing, reduction):
    # the NLL term compares in int64, torch's smoothing term in uint8 (258 wraps round to 2)
    x = torch.randn(4, 3, generator=torch.Generator().manual_seed(5))
    t = torch.tensor([0, 2, 1, 2], dtype=torch.uint8)
    kwargs = {"ignore_index": ignore_index, "label_smoothing": smoothing, "reduction": reduction}
    grads_close(lambda a: cross_entropy(a, t, **kwargs), lambda a: F.cross_entropy(a, t, **kwargs), [x])
    grads_close(lambda a: cross_entropy(a, t.long(), **kwargs), lambda a: F.cross_entropy(a, t.long(), **kwargs), [x])


@pytest.mark.parametrize("dtype", [torch.uint8, torch.int8, torch.int64, torch.uint16, torch.uint32, torch.uint64])
def test_normal_prob_within_takes_integer_tensors(dtype):
    loc = torch.tensor([0.0, 1.0], dtype=torch.float64)
    close(Normal(loc, 2.0).prob_within(torch.tensor([1, 2], dtype=dtype)),
          Normal(loc, 2.0).prob_within(torch.tensor([1.0, 2.0], dtype=torch.float64)))


def test_normal_prob_within_takes_numpy_numbers():
    expected = Normal(0.0, 1.0).prob_within(2.0)
    close(Normal(0.0, 1.0).prob_within(np.float32(2.0)), expected)
    close(Normal(0.0, 1.0).prob_within(np.int64(2)), expected)


def test_cross_entropy_takes_numpy_ints_for_ignore_index():
    x, t = torch.randn(3, 4), torch.tensor([1, 2, 1])
    close(cross_entropy(x, t, ignore_index=np.int64(1)), F.cross_entropy(x, t, ignore_index=np.int64(1)))


@pytest.mark.parametrize("smoothing", [np.float32(0.25), torch.tensor(0.25), torch.tensor(1), 0])
def test_cross_entropy_takes_label_smoothing_as_torch_does(smoothing):
    x, t = torch.randn(3, 4), torch.tensor([1, 2, 1])
    close(cross_entropy(x, t, label_smoothing=smoothing), F.cross_entropy(x, t, label_smoothing=smoothing))


def test_cross_entropy_takes_a_tensor_ignore_index_as_torch_does():
    x, t = torch.randn(3, 4), torch.tensor([1, 2, 1])
    close(cross_entropy(x, t, ignore_index=torch.tensor(1)), F.cross_entropy(x, t, ignore_index=torch.tensor(1)))


def test_cross_entropy_follows_the_device_of_its_input():
    x = torch.empty(3, 4, device="meta")
    for target in (torch.zeros(3, dtype=torch.long, device="meta"), torch.empty(3, 4, device="meta")):
        got, expected = cross_entropy(x, target), F.cross_entropy(x, target)
        assert (got.device, got.shape, got.dtype) == (expected.device, expected.shape, expected.dtype)


@st.composite
def kl_args(draw):
    shape = draw(st.sampled_from([(), (3,), (2, 3), (2, 2, 2)]))
    dtype = draw(st.sampled_from(DTYPES))
    g = torch.Generator().manual_seed(draw(st.integers(0, 2**16)))
    logq = torch.log_softmax(torch.randn(shape, generator=g, dtype=dtype) * 3, dim=-1) if shape else torch.tensor(-0.5, dtype=dtype)
    log_target = draw(st.booleans())
    p = torch.softmax(torch.randn(shape, generator=g, dtype=dtype) * 3, dim=-1) if shape else torch.tensor(0.3, dtype=dtype)
    if shape and draw(st.booleans()):
        p.view(-1)[0] = 0.0  # 0 * log 0 counts as 0
    target = p.log() if log_target else p
    if shape and draw(st.booleans()):  # broadcast a single distribution over the batch
        target = target.reshape(-1)[: shape[-1]]
    reduction = draw(st.sampled_from(["none", "batchmean", "sum", "mean"]))
    return logq, target, reduction, log_target


@given(kl_args())
def test_kl_div_equals_torch(args):
    logq, target, reduction, log_target = args
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch warns about reduction="mean"
        grads_close(
            lambda x, t: kl_div(x, t, reduction=reduction, log_target=log_target),
            lambda x, t: F.kl_div(x, t, reduction=reduction, log_target=log_target),
            [logq, target],
        )


@st.composite
def normal_args(draw):
    dtype = draw(st.sampled_from(DTYPES))
    shape = draw(st.sampled_from([(), (3,), (2, 1)]))
    n = int(np.prod(shape))
    loc = torch.tensor(draw(st.lists(st.floats(-5, 5), min_size=n, max_size=n)), dtype=dtype).reshape(shape)
    scale = torch.tensor(draw(st.lists(st.floats(0.01, 10), min_size=n, max_size=n)), dtype=dtype).reshape(shape)
    values = st.one_of(st.floats(-20, 20), st.sampled_from([0.0, 1e10, -1e10, float("inf"), float("-inf")]))
    value = torch.tensor(draw(st.lists(values, min_size=3, max_size=3)), dtype=dtype)
    value = value.reshape(1, 3) if shape == (2, 1) else value[: (3 if shape == (3,) else 1)].reshape(shape)
    return loc, scale, value


@given(normal_args())
def test_normal_log_prob_and_cdf_equal_torch(args):
    loc, scale, value = args
    for method in ("log_prob", "cdf"):
        grads_close(
            lambda m, s, v, method=method: getattr(Normal(m, s), method)(v),
            lambda m, s, v, method=method: getattr(torch.distributions.Normal(m, s), method)(v),
            [loc, scale, value],
        )


@given(normal_args(), st.floats(0, 6))
def test_normal_prob_within_is_the_mass_between_torch_cdfs(args, k):
    loc, scale, _ = args
    theirs = torch.distributions.Normal(loc, scale)
    expected = theirs.cdf(loc + k * scale) - theirs.cdf(loc - k * scale)
    close(Normal(loc, scale).prob_within(k), expected)


def test_normal_numbers_take_the_default_dtype_and_the_tensor_argument():
    close(Normal(0.0, 2).log_prob(torch.tensor(1.0)), torch.distributions.Normal(0.0, 2).log_prob(torch.tensor(1.0)))
    loc = torch.tensor([0.0, 1.0], dtype=torch.float64)
    ours, theirs = Normal(loc, 2.0), torch.distributions.Normal(loc, 2.0)
    close(ours.scale, theirs.scale)
    close(ours.cdf(torch.tensor([1, 2])), theirs.cdf(torch.tensor([1, 2])))  # integer values promote
    close(ours.variance, theirs.variance)
    close(ours.stddev, theirs.stddev)
    close(ours.mean, theirs.mean)


def test_normal_follows_the_device_of_its_parameters():
    loc = torch.zeros(2, device="meta")
    got = Normal(loc, 1.0).log_prob(torch.zeros(2, device="meta"))
    expected = torch.distributions.Normal(loc, torch.ones(2, device="meta"), validate_args=False).log_prob(
        torch.zeros(2, device="meta"))
    assert (got.device, got.shape, got.dtype) == (expected.device, expected.shape, expected.dtype)


X = torch.randn(2, 3, generator=torch.Generator().manual_seed(0))
T = torch.tensor([0, 2])
P = torch.softmax(X, 1)
N01 = Normal(0.0, 1.0)
SPARSE = torch.eye(2).to_sparse()
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    QUANTIZED = torch.quantize_per_tensor(torch.ones(2, 3), 0.1, 0, torch.quint8)

BAD_CALLS = [
    Bad(cross_entropy, ([[1.0, 2.0]], T), TypeError, r"cross_entropy\(\): input must be a torch.Tensor, got list"),
    Bad(cross_entropy, (X, [0, 2]), TypeError, r"cross_entropy\(\): target must be a torch.Tensor, got list"),
    Bad(cross_entropy, (torch.zeros(2, 3), torch.tensor([0, 2], dtype=torch.uint8)), TypeError,
        r"uint8 class indices with weight and label_smoothing > 0",
        kwargs={"weight": torch.ones(3), "label_smoothing": 0.1}),
    Bad(cross_entropy, (X.half(), T), TypeError, r"input must be a float32 or float64 tensor .*got torch.float16"),
    Bad(cross_entropy, (X.long(), T), TypeError, r"input must be a float32 or float64 tensor .*got torch.int64"),
    Bad(cross_entropy, (X.to(torch.complex64), T), TypeError, r"input must be a float32 or float64 tensor .*got torch.complex64"),
    Bad(cross_entropy, (QUANTIZED, T), TypeError, r"input must not be quantized"),
    Bad(cross_entropy, (SPARSE, T), TypeError, r"input must be a strided \(dense\) tensor"),
    Bad(cross_entropy, (torch.tensor(1.0), torch.tensor(0)), ValueError, r"input must have at least 1 dimension"),
    Bad(cross_entropy, (X, T.int()), TypeError, r"class indices must be int64 or uint8 as in torch, got torch.int32"),
    Bad(cross_entropy, (X.unsqueeze(2), T.unsqueeze(1).byte()), TypeError, r"class indices for a 3-d input must be int64 as in torch \(uint8 only works up to 2-d\), got torch.uint8"),
    Bad(cross_entropy, (X, T.float()), TypeError, r"class indices must be int64 or uint8 as in torch, got torch.float32"),
    Bad(cross_entropy, (X, torch.tensor([0, 3])), ValueError, r"class indices must lie in \[0, 3\) or equal ignore_index=-100, got values in \[0, 3\]"),
    Bad(cross_entropy, (X, torch.tensor([0, -1])), ValueError, r"got values in \[-1, 0\]"),
    Bad(cross_entropy, (X, torch.tensor([0, 2**40])), ValueError, r"got values in \[0, 1099511627776\]"),
    Bad(cross_entropy, (X, torch.tensor([0, 1, 2])), ValueError, r"target must hold class indices of shape \(2,\) or probabilities of shape \(2, 3\), got shape \(3,\)"),
    Bad(cross_entropy, (X, P.long()), TypeError, r"holds class probabilities and must be float32 or float64, got torch.int64"),
    Bad(cross_entropy, (X, P.half()), TypeError, r"target must be a float32 or float64 tensor .*got torch.float16"),
    Bad(cross_entropy, (X, P), ValueError, r"ignore_index applies to class indices, not to class probabilities", {"ignore_index": 1}),
    Bad(cross_entropy, (X, T), TypeError, r"weight must have the dtype of input \(torch.float32\), got torch.float64", {"weight": torch.ones(3, dtype=torch.float64)}),
    Bad(cross_entropy, (X, T), ValueError, r"weight must have shape \(3,\), one value per class, got \(2,\)", {"weight": torch.ones(2)}),
    Bad(cross_entropy, (X, T), TypeError, r"weight must be a torch.Tensor, got list", {"weight": [1.0, 1.0, 1.0]}),
    Bad(cross_entropy, (X, T), ValueError, r"weight must be on the device of input \(cpu\), got meta", {"weight": torch.ones(3, device="meta")}),
    Bad(cross_entropy, (X, T.to("meta")), ValueError, r"target must be on the device of input \(cpu\), got meta"),
    Bad(cross_entropy, (X, T), ValueError, r"reduction must be 'none', 'mean' or 'sum', got 'avg'", {"reduction": "avg"}),
    Bad(cross_entropy, (X, T), ValueError, r"reduction must be .*got 'batchmean'", {"reduction": "batchmean"}),
    Bad(cross_entropy, (X, T), TypeError, r"reduction must be a str, got NoneType", {"reduction": None}),
    Bad(cross_entropy, (X, T), ValueError, r"label_smoothing must be in \[0, 1\], got 1.5", {"label_smoothing": 1.5}),
    Bad(cross_entropy, (X, T), ValueError, r"label_smoothing must be in \[0, 1\], got nan", {"label_smoothing": float("nan")}),
    Bad(cross_entropy, (X, T), TypeError, r"label_smoothing must be a number, got bool", {"label_smoothing": True}),
    Bad(cross_entropy, (X, T), TypeError, r"label_smoothing must be a number, got str", {"label_smoothing": "0.1"}),
    Bad(cross_entropy, (X, T), TypeError, r"label_smoothing must be a number, got bool", {"label_smoothing": np.bool_(True)}),
    Bad(cross_entropy, (X, T), TypeError, r"label_smoothing must be a number, got a torch.bool tensor", {"label_smoothing": torch.tensor(True)}),
    Bad(cross_entropy, (X, T), TypeError, r"label_smoothing must be a number, got Tensor", {"label_smoothing": torch.tensor([0.1, 0.2])}),
    Bad(cross_entropy, (X, T), ValueError, r"label_smoothing must be in \[0, 1\], got -0.5", {"label_smoothing": torch.tensor(-0.5)}),
    Bad(cross_entropy, (X, T), TypeError, r"ignore_index must be an int, got float", {"ignore_index": 1.0}),
    Bad(cross_entropy, (X, T), TypeError, r"ignore_index must be an int, got bool", {"ignore_index": True}),
    Bad(cross_entropy, (X, T), TypeError, r"ignore_index must be an int, got a torch.float32 tensor", {"ignore_index": torch.tensor(1.0)}),
    Bad(cross_entropy, (X, T), TypeError, r"ignore_index must be an int, got bool", {"ignore_index": torch.tensor(True)}),
    Bad(cross_entropy, (X, T), ValueError, r"ignore_index must fit in int64 as in torch, got 9223372036854775808", {"ignore_index": 2**63}),
    Bad(cross_entropy, (X, T), ValueError, r"ignore_index must fit in int64 .*got -9223372036854775809", {"ignore_index": -2**63 - 1}),
    Bad(cross_entropy, (X, T), TypeError, r"label_smoothing must be a number, got Tensor", {"label_smoothing": torch.tensor([0.1])}),
    Bad(cross_entropy, (X, T), TypeError, r"label_smoothing must be a number, got a tensor that requires grad",
        {"label_smoothing": torch.tensor(0.1, requires_grad=True)}),
    Bad(kl_div, (X.log_softmax(1).tolist(), P), TypeError, r"kl_div\(\): input must be a torch.Tensor, got list"),
    Bad(kl_div, (X, (1, 2)), TypeError, r"kl_div\(\): target must be a torch.Tensor, got tuple"),
    Bad(kl_div, (X, T), TypeError, r"kl_div\(\): target must be a float32 or float64 tensor .*got torch.int64"),
    Bad(kl_div, (X.bfloat16(), P), TypeError, r"kl_div\(\): input must be a float32 or float64 tensor .*got torch.bfloat16"),
    Bad(kl_div, (X, P.to(torch.complex128)), TypeError, r"kl_div\(\): target must be a float32 .*got torch.complex128"),
    Bad(kl_div, (X, torch.ones(3, 2)), ValueError, r"kl_div\(\): target of shape \(3, 2\) does not broadcast with input of shape \(2, 3\)"),
    Bad(kl_div, (X, P.to("meta")), ValueError, r"kl_div\(\): target must be on the device of input \(cpu\), got meta"),
    Bad(kl_div, (X, P, "batch_mean"), ValueError, r"kl_div\(\): reduction must be 'none', 'batchmean', 'sum' or 'mean', got 'batch_mean'"),
    Bad(kl_div, (X, P, 1), TypeError, r"kl_div\(\): reduction must be a str, got int"),
    Bad(kl_div, (X, P, "sum", 1), TypeError, r"kl_div\(\): log_target must be a bool, got int"),
    Bad(kl_div, (SPARSE, P), TypeError, r"kl_div\(\): input must be a strided \(dense\) tensor"),
    Bad(Normal, ("0", 1.0), TypeError, r"Normal\(\): loc must be a real number or a tensor, got str"),
    Bad(Normal, (0.0, True), TypeError, r"Normal\(\): scale must be a real number or a tensor, got bool"),
    Bad(Normal, (0.0, 1 + 1j), TypeError, r"Normal\(\): scale must be a real number or a tensor, got complex"),
    Bad(Normal, (torch.tensor(0), 1.0), TypeError, r"Normal\(\): loc must be a float32 or float64 tensor .*got torch.int64"),
    Bad(Normal, (torch.tensor(0.0, dtype=torch.float16), 1.0), TypeError, r"Normal\(\): loc must be a float32 or float64 tensor .*got torch.float16"),
    Bad(Normal, (torch.tensor(0.0), torch.tensor(1.0, dtype=torch.float64)), TypeError, r"loc and scale must have the same dtype, got torch.float32 and torch.float64"),
    Bad(Normal, (torch.tensor(0.0), torch.tensor(1.0, device="meta")), ValueError, r"loc and scale must be on one device, got cpu and meta"),
    Bad(Normal, (torch.zeros(2), torch.ones(3)), ValueError, r"Normal\(\): loc of shape \(2,\) does not broadcast with scale of shape \(3,\)"),
    Bad(Normal, (0.0, 0.0), ValueError, r"Normal\(\): scale must be > 0 everywhere, got 0.0"),
    Bad(Normal, (0.0, torch.tensor([1.0, -1.0])), ValueError, r"Normal\(\): scale must be > 0 everywhere"),
    Bad(Normal, (0.0, float("nan")), ValueError, r"Normal\(\): scale must be > 0 everywhere"),
    Bad(Normal, (float("nan"), 1.0), ValueError, r"Normal\(\): loc must not be NaN"),
    Bad(Normal, (2**2000, 1.0), ValueError, r"Normal\(\): loc must fit in a float, got an int of 2001 bits"),
    Bad(Normal, (0.0, 2**1024), ValueError, r"Normal\(\): scale must fit in a float, got an int of 1025 bits"),
    Bad(Normal.log_prob, (N01, torch.ones(2).to(torch.float8_e5m2)), TypeError,
        r"log_prob\(\): value must be a float32, float64 or integer tensor, got torch.float8_e5m2"),
    Bad(Normal.cdf, (N01, torch.empty(2, dtype=torch.int4)), TypeError, r"cdf\(\): value must be a float32, float64 or integer tensor, got torch.int4"),
    Bad(Normal.prob_within, (N01, 2**2000), ValueError, r"prob_within\(\): k must fit in a float, got an int of 2001 bits"),
    Bad(Normal.prob_within, (N01, torch.ones(1).to(torch.float8_e4m3fn)), TypeError, r"prob_within\(\): k must be a float32, float64 or integer tensor"),
    Bad(Normal.log_prob, (N01, 0.5), TypeError, r"log_prob\(\): value must be a torch.Tensor as in torch, got float"),
    Bad(Normal.log_prob, (N01, torch.tensor(float("nan"))), ValueError, r"log_prob\(\): value must not be NaN"),
    Bad(Normal.log_prob, (N01, torch.tensor(1 + 1j)), TypeError, r"log_prob\(\): value must be a real tensor, got torch.complex64"),
    Bad(Normal.log_prob, (N01, torch.tensor(True)), TypeError, r"log_prob\(\): value must be a real tensor, got torch.bool"),
    Bad(Normal.log_prob, (N01, torch.tensor(1.0, dtype=torch.float16)), TypeError, r"log_prob\(\): this reference does not follow torch on torch.float16"),
    Bad(Normal.log_prob, (N01, torch.tensor(1.0, device="meta")), ValueError, r"log_prob\(\): value must be on the device of loc \(cpu\), got meta"),
    Bad(Normal.log_prob, (Normal(torch.zeros(2), 1.0), torch.ones(3)), ValueError, r"log_prob\(\): value of shape \(3,\) does not broadcast with loc of shape \(2,\)"),
    Bad(Normal.cdf, (N01, [0.0]), TypeError, r"cdf\(\): value must be a torch.Tensor as in torch, got list"),
    Bad(Normal.cdf, (N01, torch.tensor([0.0, float("nan")])), ValueError, r"cdf\(\): value must not be NaN"),
    Bad(Normal.cdf, (N01, SPARSE), TypeError, r"cdf\(\): value must be a strided \(dense\) tensor"),
    Bad(Normal.prob_within, (N01, "2"), TypeError, r"prob_within\(\): k must be a real number or tensor, got str"),
    Bad(Normal.prob_within, (N01, True), TypeError, r"prob_within\(\): k must be a real number or tensor, got bool"),
    Bad(Normal.prob_within, (N01, -1.0), ValueError, r"prob_within\(\): k must be >= 0 \(and not NaN\)"),
    Bad(Normal.prob_within, (N01, float("nan")), ValueError, r"prob_within\(\): k must be >= 0"),
    Bad(Normal.prob_within, (Normal(torch.zeros(2), 1.0), torch.ones(3)), ValueError, r"prob_within\(\): k of shape \(3,\) does not broadcast"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
@pytest.mark.parametrize("dtype", DTYPES)
def test_cross_entropy_weight_with_label_smoothing_and_ignore_index(reduction, dtype):
    g = torch.Generator().manual_seed(3)
    x = torch.randn(5, 4, 2, generator=g, dtype=dtype)
    w = torch.tensor([0.2, 1.0, 3.0, 0.5], dtype=dtype)
    t = torch.tensor([[0, 3], [1, -100], [2, 2], [-100, -100], [3, 0]])
    kwargs = {"weight": w, "ignore_index": -100, "reduction": reduction, "label_smoothing": 0.3}
    grads_close(lambda a: cross_entropy(a, t, **kwargs), lambda a: F.cross_entropy(a, t, **kwargs), [x])
    probs = torch.softmax(torch.randn(5, 4, 2, generator=g, dtype=dtype), 1)
    kwargs.pop("ignore_index")
    grads_close(lambda a: cross_entropy(a, probs, **kwargs), lambda a: F.cross_entropy(a, probs, **kwargs), [x])
