"""maxpool1d: the reference equals F.max_pool1d (values, indices and gradients) on float32
and float64, ties, NaN and -inf included."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st
from torch import nn

from torchnotes.layers import maxpool1d

DTYPES = [torch.float32, torch.float64]
REFUSED = [torch.float16, torch.bfloat16, torch.int64, torch.uint8]


@st.composite
def pool_args(draw):
    k = draw(st.integers(1, 4))
    stride = draw(st.one_of(st.none(), st.integers(1, 3)))
    padding = draw(st.integers(0, k // 2))
    dilation = draw(st.integers(1, 2))
    span = dilation * (k - 1) + 1
    length = draw(st.integers(max(1, span - 2 * padding), 8))
    batch = draw(st.sampled_from([(), (1,), (2,)]))
    # few distinct values so that ties are common; sometimes NaN and -inf
    values = st.sampled_from([0.0, 1.0, -1.0, 2.0, float("-inf"), float("nan")])
    data = draw(st.lists(values, min_size=length * 2 * 2, max_size=length * 2 * 2))
    return dict(k=k, stride=stride, padding=padding, dilation=dilation, length=length,
                batch=batch, data=data, ceil=draw(st.booleans()),
                dtype=draw(st.sampled_from(DTYPES)))


@given(pool_args())
def test_maxpool1d_equals_torch(a):
    shape = (*a["batch"], 2, a["length"])
    n = int(np.prod(shape))
    x = torch.tensor(a["data"][:n], dtype=a["dtype"]).reshape(shape)
    kw = dict(kernel_size=a["k"], stride=a["stride"], padding=a["padding"],
              dilation=a["dilation"], ceil_mode=a["ceil"], return_indices=True)
    xs = [x.clone().requires_grad_() for _ in range(2)]
    out_t, idx_t = nn.MaxPool1d(**kw)(xs[0])
    out_r, idx_r = maxpool1d(xs[1], **kw)
    assert torch.equal(idx_r, idx_t) and idx_r.dtype == torch.int64
    torch.testing.assert_close(out_r, out_t, equal_nan=True, rtol=0, atol=0)
    upstream = torch.arange(out_t.numel(), dtype=a["dtype"]).reshape(out_t.shape)
    (out_t.nan_to_num(0, 0, 0) * upstream).sum().backward()
    (out_r.nan_to_num(0, 0, 0) * upstream).sum().backward()
    torch.testing.assert_close(xs[1].grad, xs[0].grad, rtol=0, atol=0)


def test_maxpool1d_returns_a_tensor_without_indices_and_follows_the_device():
    x = torch.tensor([[[1.0, 5.0, 2.0, 2.0, 7.0]]])
    assert torch.equal(maxpool1d(x, 2), F.max_pool1d(x, 2))
    meta = maxpool1d(torch.empty(2, 3, 9, device="meta"), np.int64(3), stride=(2,))
    assert meta.device.type == "meta" and meta.shape == (2, 3, 4)


def test_maxpool1d_reads_an_empty_stride_as_kernel_size_as_torch_does():
    x = torch.tensor([[[1.0, 5.0, 2.0, 2.0, 7.0, 0.0]]])
    for empty in ((), []):
        assert torch.equal(maxpool1d(x, 2, stride=empty), F.max_pool1d(x, 2, stride=empty))
    for big in (2**62, 2**63 - 1):  # one window: any stride up to int64 gives torch's answer
        assert torch.equal(maxpool1d(x, 2, stride=big), F.max_pool1d(x, 2, stride=big))


@pytest.mark.parametrize("dtype", REFUSED)
def test_maxpool1d_refuses_dtypes_it_does_not_follow(dtype):
    with pytest.raises(TypeError, match="float32 or float64"):
        maxpool1d(torch.ones(1, 1, 4).to(dtype), 2)


x = torch.randn(1, 2, 6)
BAD_CALLS = [
    Bad(maxpool1d, ([1.0, 2.0], 2), TypeError, r"input must be a torch.Tensor, got list"),
    Bad(maxpool1d, (x.long(), 2), TypeError, r"input must be float32 or float64, got torch.int64"),
    Bad(maxpool1d, (x, 2.0), TypeError, r"kernel_size must be an int, got float"),
    Bad(maxpool1d, (x, True), TypeError, r"kernel_size must be an int, got bool"),
    Bad(maxpool1d, (x, 2), TypeError, r"stride must be an int, got float", dict(stride=1.5)),
    Bad(maxpool1d, (x, 2), TypeError, r"return_indices must be a bool, got int", dict(return_indices=1)),
    Bad(maxpool1d, (x, 2), TypeError, r"ceil_mode must be a bool, got str", dict(ceil_mode="yes")),
    Bad(maxpool1d, (torch.randn(6), 2), ValueError, r"input must be 3-d \(N, C, L\) or 2-d \(C, L\), got a 1-d"),
    Bad(maxpool1d, (x, 0), ValueError, r"kernel_size must be >= 1, got 0"),
    Bad(maxpool1d, (x, 2), ValueError, r"stride must be >= 1, got 0", dict(stride=0)),
    Bad(maxpool1d, (x, 2), ValueError, r"padding must be at most half of kernel_size .* got 2", dict(padding=2)),
    Bad(maxpool1d, (x, 2), ValueError, r"dilation must be >= 1, got 0", dict(dilation=0)),
    Bad(maxpool1d, (x, (2, 2)), ValueError, r"kernel_size must be an int or 1 int, got 2 values"),
    Bad(maxpool1d, (x, 7), ValueError, r"dilated window \(7\) is longer than the padded input \(6\)"),
    Bad(maxpool1d, (torch.randn(1, 0, 4), 2), ValueError, r"input must have non-zero channel and length dimensions"),
    Bad(maxpool1d, (torch.randn(1, 2, 0), 1), ValueError, r"input must have non-zero channel and length dimensions"),
    Bad(maxpool1d, (x, 2**40), ValueError, r"dilated window .* is longer than the padded input"),
    Bad(maxpool1d, (torch.empty(2**20, 2**20, 4, device="meta"), 1), ValueError, r"too many to allocate", dict(stride=1)),
    Bad(maxpool1d, (x, 2), ValueError, r"stride must be <= 2\*\*63 - 1 \(torch's int64\), got 18446744073709551616",
        dict(stride=2**64), note="not an OverflowError"),
    Bad(maxpool1d, (x, 1), ValueError, r"dilation must be <= 2\*\*63 - 1", dict(dilation=2**64)),
    Bad(maxpool1d, (x, 2), TypeError, r"return_indices must be a bool, got numpy.bool", dict(return_indices=np.True_)),
    Bad(maxpool1d, (x, 2), TypeError, r"ceil_mode must be a bool, got numpy.bool", dict(ceil_mode=np.False_)),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
