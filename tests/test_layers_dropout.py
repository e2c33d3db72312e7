"""dropout and dropout2d: after the same seed the references draw the same mask as torch on
the CPU, so outputs and gradients are equal exactly (float32 and float64); evaluation is the
identity."""

import warnings

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.layers import dropout, dropout2d

DTYPES = [torch.float32, torch.float64]
REFUSED = [torch.float16, torch.bfloat16, torch.complex64, torch.int64]
PROBS = st.sampled_from([0.0, 0.1, 0.5, 0.9, 1.0, 1 / 3])


def _same_draws(torch_fn, ours, x, p, training, seed):
    xs = [x.clone().requires_grad_() for _ in range(2)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dropout2d's warning about 3-d inputs
        torch.manual_seed(seed)
        expected = torch_fn(xs[0], p, training)
        after_torch = torch.rand(3)
    torch.manual_seed(seed)
    got = ours(xs[1], p, training)
    after_ours = torch.rand(3)
    assert got.dtype == expected.dtype and torch.equal(got, expected)
    # the generator is left in the same state: both drew the same amount
    assert torch.equal(after_ours, after_torch)
    upstream = torch.arange(x.numel(), dtype=x.dtype).reshape(x.shape)
    (expected * upstream).sum().backward()
    (got * upstream).sum().backward()
    assert torch.equal(xs[1].grad, xs[0].grad)


@given(shape=st.lists(st.integers(0, 4), min_size=0, max_size=3), p=PROBS,
       training=st.booleans(), dtype=st.sampled_from(DTYPES), seed=st.integers(0, 2**16))
def test_dropout_draws_what_torch_draws(shape, p, training, dtype, seed):
    x = torch.randn(shape, dtype=dtype, generator=torch.Generator().manual_seed(seed))
    _same_draws(F.dropout, dropout, x, p, training, seed)


@given(shape=st.lists(st.integers(0, 3), min_size=3, max_size=4), p=PROBS,
       training=st.booleans(), dtype=st.sampled_from(DTYPES), seed=st.integers(0, 2**16))
def test_dropout2d_draws_what_torch_draws(shape, p, training, dtype, seed):
    x = torch.randn(shape, dtype=dtype, generator=torch.Generator().manual_seed(seed))
    _same_draws(F.dropout2d, dropout2d, x, p, training, seed)


def test_dropout_keeps_the_expected_value():
    """Inverted dropout: E[out] = x, and a fraction p of the elements is zero."""
    torch.manual_seed(0)
    out = dropout(torch.ones(200_000, dtype=torch.float64), p=0.3)
    assert abs((out == 0).double().mean().item() - 0.3) < 0.01
    assert abs(out.mean().item() - 1.0) < 0.01
    assert set(out.unique().tolist()) == {0.0, 1 / 0.7}


def test_dropout2d_drops_whole_channels():
    torch.manual_seed(0)
    out = dropout2d(torch.ones(50, 40, 3, 3), p=0.5)
    per_channel = out.flatten(2)
    assert torch.equal(per_channel.amin(-1), per_channel.amax(-1))  # constant per channel


def test_inplace_and_evaluation_return_the_input_itself():
    x = torch.ones(4)
    assert dropout(x, 0.5, training=False) is x
    assert dropout2d(torch.ones(1, 2, 2, 2), 0.5, training=False).equal(torch.ones(1, 2, 2, 2))
    torch.manual_seed(0)
    y = torch.ones(6)
    assert dropout(y, 0.5, inplace=True) is y and set(y.tolist()) <= {0.0, 2.0}
    z = torch.ones(2, 3, 4, 4)
    assert dropout2d(z, 1.0, inplace=True) is z and not z.any()


def test_dropout_follows_the_device_and_numpy_probabilities():
    out = dropout(torch.empty(3, 4, device="meta"), np.float32(0.25))
    assert out.device.type == "meta" and out.shape == (3, 4)
    out = dropout2d(torch.empty(2, 3, 4, 4, device="meta"), np.float64(0.5))
    assert out.device.type == "meta" and out.shape == (2, 3, 4, 4)


@pytest.mark.parametrize("dtype", REFUSED)
def test_dropout_refuses_dtypes_it_does_not_follow(dtype):
    with pytest.raises(TypeError, match="float32 or float64"):
        dropout(torch.ones(4).to(dtype))
    with pytest.raises(TypeError, match="float32 or float64"):
        dropout2d(torch.ones(1, 2, 2, 2).to(dtype))


x = torch.ones(2, 3, 4, 4)
BAD_CALLS = [
    Bad(dropout, ([1.0, 2.0],), TypeError, r"input must be a torch.Tensor, got list"),
    Bad(dropout, (x.half(),), TypeError, r"input must be float32 or float64, got torch.float16"),
    Bad(dropout, (x.to_sparse(),), TypeError, r"input must be a dense \(strided\) tensor"),
    Bad(dropout, (x, "0.5"), TypeError, r"p must be a float, got str"),
    Bad(dropout, (x, True), TypeError, r"p must be a float, got bool"),
    Bad(dropout, (x, 1.5), ValueError, r"p must be in \[0, 1\], got 1.5"),
    Bad(dropout, (x, -0.1), ValueError, r"p must be in \[0, 1\], got -0.1"),
    Bad(dropout, (x, float("nan")), ValueError, r"p must be in \[0, 1\], got nan"),
    Bad(dropout, (x, 0.5, 1), TypeError, r"training must be a bool, got int"),
    Bad(dropout, (x, 0.5, True, "no"), TypeError, r"inplace must be a bool, got str"),
    Bad(dropout2d, (np.ones((2, 3, 4, 4)),), TypeError, r"input must be a torch.Tensor, got ndarray"),
    Bad(dropout2d, (x.long(),), TypeError, r"input must be float32 or float64, got torch.int64"),
    Bad(dropout2d, (torch.ones(3, 4),), ValueError, r"input must be 4-d \(N, C, H, W\) or 3-d \(N, C, L\), got shape \(3, 4\)"),
    Bad(dropout2d, (torch.ones(1, 2, 3, 4, 5),), ValueError, r"input must be 4-d"),
    Bad(dropout2d, (x, 2), ValueError, r"p must be in \[0, 1\], got 2"),
    Bad(dropout2d, (x, 0.5, None), TypeError, r"training must be a bool, got NoneType"),
    Bad(dropout, (x, torch.tensor(0.5, device="meta")), TypeError, r"p must be a float, got a torch.float32 tensor of shape \(\) on meta"),
    Bad(dropout, (x, torch.tensor([0.5, 0.5])), TypeError, r"p must be a float, got a torch.float32 tensor of shape \(2,\)"),
    Bad(dropout, (torch.ones(3, requires_grad=True), 0.5), ValueError, r"inplace=True cannot write into input: a leaf Variable", dict(inplace=True)),
    Bad(dropout2d, (torch.ones(1, 2, 3).expand(2, 2, 3), 0.5), ValueError, r"inplace=True cannot write into input", dict(inplace=True)),
    Bad(dropout, (x, np.True_), TypeError, r"p must be a float, got numpy.bool", note="numpy bool refused as bool is"),
    Bad(dropout2d, (x, torch.tensor(True)), TypeError, r"p must be a float, got a torch.bool tensor of shape \(\)"),
    Bad(dropout, (x, torch.tensor([0.5])), TypeError, r"p must be a float, got a torch.float32 tensor of shape \(1,\)",
        note="1-d tensor refused as torch does"),
    Bad(dropout, (x, 0.5, np.True_), TypeError, r"training must be a bool, got numpy.bool"),
    Bad(dropout2d, (x, 0.5, True, np.False_), TypeError, r"inplace must be a bool, got numpy.bool"),
    Bad(dropout, (torch.zeros(1).expand(2**41), 0.5), ValueError,
        r"input of shape \(2199023255552,\) is too large: its mask and output cannot be allocated",
        note="huge expanded input fails before drawing"),
    Bad(dropout2d, (torch.zeros(1, 1, 1, 1).expand(2**21, 2**20, 1, 1), 1.0), ValueError, r"is too large"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
