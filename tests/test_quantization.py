"""quantization: the references equal torch's observers and quantize_dynamic's packed weights.

Proven on float32, float64, float16 and bfloat16 inputs (torch casts all of them to float32
before observing, and so do the references); integer, bool and complex inputs are refused.
The deprecated eager-mode API is also pinned here: when torch changes its warning or
removes the API, these tests fail and the pages need their update.
"""

import warnings

import numpy as np
import pytest
import torch
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st

from torchnotes.quantization import dynamic_quantize_linear_weight, minmax_qparams

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from torch.ao.quantization import (
        DeQuantStub,
        MinMaxObserver,
        PerChannelMinMaxObserver,
        QConfig,
        QuantStub,
        convert,
        default_weight_observer,
        per_channel_dynamic_qconfig,
        prepare,
        quantize_dynamic,
    )

FLOATS = [torch.float32, torch.float64, torch.float16, torch.bfloat16]


def tensor_of(draw, shape):
    g = torch.Generator().manual_seed(draw(st.integers(0, 2**16)))
    scale = draw(st.sampled_from([1e-6, 0.01, 1.0, 300.0]))
    x = torch.randn(shape, generator=g, dtype=torch.float64) * scale
    if draw(st.booleans()):  # all of one sign: the range must still reach 0
        x = x.abs() * draw(st.sampled_from([1, -1]))
    if draw(st.integers(0, 5)) == 0:
        x = torch.zeros(shape, dtype=torch.float64)  # the eps floor of the scale
    return x.to(draw(st.sampled_from(FLOATS)))


@st.composite
def observed(draw):
    shape = draw(st.lists(st.integers(1, 4), min_size=0, max_size=3))
    return (tensor_of(draw, shape), draw(st.sampled_from([torch.quint8, torch.qint8])),
            draw(st.booleans()), draw(st.booleans()))


@given(observed())
def test_minmax_qparams_equals_the_observer(args):
    x, dtype, symmetric, reduce_range = args
    qscheme = torch.per_tensor_symmetric if symmetric else torch.per_tensor_affine
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # reduce_range warns that it will be deprecated
        try:
            observer = MinMaxObserver(dtype=dtype, qscheme=qscheme, reduce_range=reduce_range)
        except NotImplementedError:  # symmetric quint8 with reduce_range
            with pytest.raises(ValueError, match="reduce_range=True needs symmetric=False"):
                minmax_qparams(x, dtype, symmetric, reduce_range)
            return
    observer(x)
    scale, zero_point = observer.calculate_qparams()
    got = minmax_qparams(x, dtype, symmetric, reduce_range)
    torch.testing.assert_close(got.scale, scale, rtol=0, atol=0)
    assert got.zero_point.dtype == zero_point.dtype and torch.equal(got.zero_point, zero_point)


def quantized_linear(weight, per_channel):
    lin = torch.nn.Linear(weight.shape[1], weight.shape[0])
    with torch.no_grad():
        lin.weight.copy_(weight)
    spec = {torch.nn.Linear: per_channel_dynamic_qconfig} if per_channel else {torch.nn.Linear}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return quantize_dynamic(torch.nn.Sequential(lin), spec, dtype=torch.qint8)[0]


@st.composite
def weights(draw):
    shape = [draw(st.integers(1, 5)), draw(st.integers(1, 5))]
    return tensor_of(draw, shape), draw(st.booleans())


@given(weights())
def test_weight_equals_what_quantize_dynamic_packs(args):
    weight, per_channel = args
    packed = quantized_linear(weight.float(), per_channel).weight()
    got = dynamic_quantize_linear_weight(weight, per_channel)
    assert torch.equal(got.int_repr, packed.int_repr())
    if per_channel:
        torch.testing.assert_close(got.scale, packed.q_per_channel_scales(), rtol=0, atol=0)
        assert torch.equal(got.zero_point, packed.q_per_channel_zero_points())
    else:
        assert got.scale.item() == packed.q_scale() and got.zero_point.item() == packed.q_zero_point()
    # and the float weight torch computes with is (int_repr - zero_point) * scale
    column = got.scale.reshape(-1, 1) if per_channel else got.scale
    torch.testing.assert_close((got.int_repr - got.zero_point.reshape(column.shape)) * column.float(),
                               packed.dequantize(), rtol=0, atol=0)


def test_quant_stub_becomes_a_quantize_with_the_observer_qparams():
    torch.manual_seed(0)
    model = torch.nn.Sequential(QuantStub(), torch.nn.Linear(3, 2), DeQuantStub()).eval()
    x = torch.randn(8, 3) * 2
    assert torch.equal(model[0](x), x)  # before convert the stub is the identity
    model.qconfig = QConfig(activation=MinMaxObserver.with_args(dtype=torch.quint8),
                            weight=default_weight_observer)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        prepared = prepare(model)
        prepared(x)
        converted = convert(prepared)
    expected = minmax_qparams(x)
    assert type(converted[0]).__name__ == "Quantize"
    torch.testing.assert_close(converted[0].scale, expected.scale, rtol=0, atol=0)
    assert converted[0].zero_point.item() == expected.zero_point.item()


def test_per_channel_observer_agrees_with_the_per_channel_weight():
    w = torch.randn(4, 3, generator=torch.Generator().manual_seed(1))
    observer = PerChannelMinMaxObserver(dtype=torch.qint8, qscheme=torch.per_channel_symmetric)
    observer(w)
    scale, _ = observer.calculate_qparams()
    torch.testing.assert_close(dynamic_quantize_linear_weight(w, True).scale, scale.double())


def test_results_follow_the_input_device():
    w = torch.empty(3, 2, device="meta")
    assert all(t.device.type == "meta" for t in dynamic_quantize_linear_weight(w))
    assert all(t.device.type == "meta" for t in minmax_qparams(w))


def test_the_eager_api_still_warns_that_it_is_deprecated():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        quantize_dynamic(torch.nn.Sequential(torch.nn.Linear(2, 2)), {torch.nn.Linear})
    messages = [str(w.message) for w in caught if w.category is DeprecationWarning]
    assert any("torch.ao.quantization is deprecated" in m and "torchao" in m for m in messages)


X = torch.randn(4)
W = torch.randn(3, 2)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    QX = torch.quantize_per_tensor(torch.ones(2, 2), 0.1, 0, torch.qint8)

BAD_CALLS = [
    Bad(minmax_qparams, ([1.0, 2.0],), TypeError, r"minmax_qparams\(\): x must be a torch.Tensor, got list"),
    Bad(minmax_qparams, (torch.arange(3),), TypeError, r"x must be a floating-point tensor, got torch.int64"),
    Bad(minmax_qparams, (torch.ones(2, dtype=torch.bool),), TypeError, r"x must be a floating-point tensor, got torch.bool"),
    Bad(minmax_qparams, (torch.ones(2, dtype=torch.complex64),), TypeError, r"floating-point tensor, got torch.complex64"),
    Bad(minmax_qparams, (QX,), TypeError, r"x must be a float tensor, got the quantized dtype torch.qint8"),
    Bad(minmax_qparams, (torch.eye(2).to_sparse(),), TypeError, r"x must be a dense tensor, got torch.sparse_coo"),
    Bad(minmax_qparams, (torch.empty(0),), ValueError, r"x must not be empty.*got shape \(0,\)"),
    Bad(minmax_qparams, (torch.tensor([1.0, float("nan")]),), ValueError, r"x must hold finite values only"),
    Bad(minmax_qparams, (torch.tensor([float("inf")]),), ValueError, r"x must hold finite values only"),
    Bad(minmax_qparams, (X, torch.int8), TypeError, r"dtype must be torch.quint8 or torch.qint8, got torch.int8"),
    Bad(minmax_qparams, (X, "quint8"), TypeError, r"dtype must be torch.quint8 or torch.qint8, got 'quint8'"),
    Bad(minmax_qparams, (X, torch.quint8, 1), TypeError, r"symmetric must be a bool, got int"),
    Bad(minmax_qparams, (X, torch.quint8, np.bool_(True)), TypeError, r"symmetric must be a bool, got numpy.bool"),
    Bad(minmax_qparams, (X,), TypeError, r"reduce_range must be a bool, got str", {"reduce_range": "yes"}),
    Bad(minmax_qparams, (X, torch.quint8, True, True), ValueError, r"reduce_range=True needs symmetric=False for torch.quint8"),
    Bad(dynamic_quantize_linear_weight, (W.numpy(),), TypeError, r"weight must be a torch.Tensor, got ndarray"),
    Bad(dynamic_quantize_linear_weight, (torch.ones(2, 2, dtype=torch.int8),), TypeError, r"weight must be a floating-point tensor, got torch.int8"),
    Bad(dynamic_quantize_linear_weight, (torch.ones(2, 2, dtype=torch.complex64),), TypeError, r"got torch.complex64"),
    Bad(dynamic_quantize_linear_weight, (QX,), TypeError, r"weight must be a float tensor, got the quantized dtype"),
    Bad(dynamic_quantize_linear_weight, (torch.ones(3),), ValueError, r"weight must be 2-d \(out_features, in_features\), got shape \(3,\)"),
    Bad(dynamic_quantize_linear_weight, (torch.ones(2, 2, 2),), ValueError, r"weight must be 2-d.*got shape \(2, 2, 2\)"),
    Bad(dynamic_quantize_linear_weight, (torch.ones(0, 2),), ValueError, r"weight must not be empty.*got shape \(0, 2\)"),
    Bad(dynamic_quantize_linear_weight, (torch.tensor([[float("nan")]]),), ValueError, r"weight must hold finite values only"),
    Bad(dynamic_quantize_linear_weight, (W, 1), TypeError, r"per_channel must be a bool, got int"),
    Bad(dynamic_quantize_linear_weight, (W, None), TypeError, r"per_channel must be a bool, got NoneType"),
    Bad(minmax_qparams, (torch.tensor([1e300], dtype=torch.float64),), ValueError,
        r"x must hold finite values only, got a value beyond float32's range \(observers cast torch.float64 to float32\)"),
    Bad(dynamic_quantize_linear_weight, (torch.tensor([[1.0, -1e300]], dtype=torch.float64),), ValueError,
        r"weight must hold finite values only, got a value beyond float32's range"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)

