"""lstm_cell, gru_cell, lstm, gru: equal to torch's modules, outputs and gradients."""

import numpy as np
import torch
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st
from torch import nn

from torchnotes.layers import gru, gru_cell, lstm, lstm_cell

# Proven on float32 and float64; float16, bfloat16 and complex are refused (BAD_CALLS).
DTYPES = [torch.float32, torch.float64]


def _tol(dtype):
    return {"rtol": 1e-4, "atol": 1e-5} if dtype == torch.float32 else {"rtol": 1e-10, "atol": 1e-12}


def _grads(out, leaves, seed):
    g = torch.Generator().manual_seed(seed)
    flat = out if isinstance(out, (tuple, list)) else (out,)
    loss = sum((t * torch.randn(t.shape, generator=g, dtype=t.dtype)).sum() for t in flat)
    return torch.autograd.grad(loss, leaves)


@given(
    kind=st.sampled_from(["lstm", "gru"]),
    dtype=st.sampled_from(DTYPES),
    batch=st.one_of(st.none(), st.integers(0, 3)),
    sizes=st.tuples(st.integers(1, 4), st.integers(1, 3)),
    bias=st.booleans(),
    with_state=st.booleans(),
    seed=st.integers(0, 2**16),
)
def test_cells_equal_torch(kind, dtype, batch, sizes, bias, with_state, seed):
    torch.manual_seed(seed)
    input_size, hidden = sizes
    module = (nn.LSTMCell if kind == "lstm" else nn.GRUCell)(input_size, hidden, bias=bias).to(dtype)
    lead = () if batch is None else (batch,)
    x = torch.randn(*lead, input_size, dtype=dtype, requires_grad=True)
    n_states = 2 if kind == "lstm" else 1
    states = [torch.randn(*lead, hidden, dtype=dtype, requires_grad=True) for _ in range(n_states)]
    hx = (tuple(states) if kind == "lstm" else states[0]) if with_state else None
    helper = lstm_cell if kind == "lstm" else gru_cell
    got = helper(x, hx, module.weight_ih, module.weight_hh, module.bias_ih, module.bias_hh)
    expected = module(x, hx)
    leaves = [x, *module.parameters(), *(states if with_state else [])]
    torch.testing.assert_close(got, expected, **_tol(dtype))
    for a, b in zip(_grads(got, leaves, seed), _grads(expected, leaves, seed)):
        torch.testing.assert_close(a, b, **_tol(dtype))


@given(
    kind=st.sampled_from(["lstm", "gru"]),
    dtype=st.sampled_from(DTYPES),
    num_layers=st.integers(1, 2),
    bidirectional=st.booleans(),
    batch_first=st.booleans(),
    bias=st.booleans(),
    batch=st.one_of(st.none(), st.integers(1, 2)),
    seq_len=st.integers(1, 3),
    with_state=st.booleans(),
    seed=st.integers(0, 2**16),
)
def test_sequences_equal_torch(kind, dtype, num_layers, bidirectional, batch_first, bias, batch,
                               seq_len, with_state, seed):
    torch.manual_seed(seed)
    module = (nn.LSTM if kind == "lstm" else nn.GRU)(
        3, 2, num_layers=num_layers, bias=bias, batch_first=batch_first, bidirectional=bidirectional
    ).to(dtype)
    shape = (seq_len, 3) if batch is None else ((batch, seq_len, 3) if batch_first else (seq_len, batch, 3))
    x = torch.randn(*shape, dtype=dtype, requires_grad=True)
    layers = num_layers * (2 if bidirectional else 1)
    state_shape = (layers, 2) if batch is None else (layers, batch, 2)
    states = [torch.randn(*state_shape, dtype=dtype, requires_grad=True) for _ in range(2 if kind == "lstm" else 1)]
    hx = (tuple(states) if kind == "lstm" else states[0]) if with_state else None
    helper = lstm if kind == "lstm" else gru
    got = helper(x, dict(module.named_parameters()), hx, num_layers=num_layers, bias=bias,
                 batch_first=batch_first, bidirectional=bidirectional)
    expected = module(x, hx)
    flat = lambda r: (r[0], *r[1]) if kind == "lstm" else r  # noqa: E731
    torch.testing.assert_close(flat(got), flat(expected), **_tol(dtype))
    leaves = [x, *module.parameters(), *(states if with_state else [])]
    for a, b in zip(_grads(flat(got), leaves, seed), _grads(flat(expected), leaves, seed)):
        torch.testing.assert_close(a, b, **_tol(dtype))


def test_results_follow_the_device():
    cell = nn.LSTMCell(3, 2).to("meta")
    h, c = lstm_cell(torch.empty(4, 3, device="meta"), None, *cell.parameters())
    assert h.device.type == c.device.type == "meta" and h.shape == (4, 2)
    net = nn.GRU(3, 2, bidirectional=True).to("meta")
    out, h_n = gru(torch.empty(5, 4, 3, device="meta"), dict(net.named_parameters()), bidirectional=True)
    assert out.device.type == "meta" and out.shape == (5, 4, 4) and h_n.shape == (2, 4, 2)


def test_num_layers_accepts_integer_likes():
    net = nn.GRU(3, 2, num_layers=2)
    x = torch.randn(2, 1, 3)
    for n in (np.int64(2), torch.tensor(2)):
        torch.testing.assert_close(gru(x, dict(net.named_parameters()), num_layers=n)[0], net(x)[0])


CELL = nn.LSTMCell(3, 2)
GCELL = nn.GRUCell(3, 2)
X = torch.randn(4, 3)
W = dict(nn.LSTM(3, 2).named_parameters())
GW = dict(nn.GRU(3, 2).named_parameters())
SEQ = torch.randn(5, 4, 3)

BAD_CALLS = [
    Bad(lstm_cell, ([1.0, 2.0, 3.0], None, *CELL.parameters()), TypeError,
        r"lstm_cell\(\): input must be a torch.Tensor, got list"),
    Bad(lstm_cell, (X.half(), None, *CELL.parameters()), TypeError,
        r"input must be float32 or float64, got torch.float16"),
    Bad(lstm_cell, (X.to(torch.complex64), None, *CELL.parameters()), TypeError,
        r"input must be float32 or float64, got torch.complex64"),
    Bad(lstm_cell, (X.double(), None, *CELL.parameters()), TypeError,
        r"weight_ih must have input's dtype torch.float64, got torch.float32"),
    Bad(lstm_cell, (torch.randn(4, 5), None, *CELL.parameters()), ValueError,
        r"weight_ih must have shape \(8, 5\), got \(8, 3\) \(input has 5 features, shape \(4, 5\)\)"),
    Bad(lstm_cell, (torch.randn(2, 4, 3), None, *CELL.parameters()), ValueError,
        r"input must be 1-d or 2-d, got shape \(2, 4, 3\)"),
    Bad(lstm_cell, (X, torch.zeros(4, 2), *CELL.parameters()), TypeError,
        r"hx must be None or a pair \(h, c\), got Tensor"),
    Bad(lstm_cell, (X, (torch.zeros(4, 2), torch.zeros(3, 2)), *CELL.parameters()), ValueError,
        r"hx\[1\] must have shape \(4, 2\), got \(3, 2\)"),
    Bad(lstm_cell, (X, None, CELL.weight_ih[:7], CELL.weight_hh), ValueError,
        r"weight_ih must have 4 \* hidden_size rows, got shape \(7, 3\)"),
    Bad(lstm_cell, (X, None, CELL.weight_ih, CELL.weight_hh, CELL.bias_ih[:4]), ValueError,
        r"bias_ih must have shape \(8,\), got \(4,\)"),
    Bad(lstm_cell, (X.to("meta"), None, *CELL.parameters()), ValueError,
        r"weight_ih must be on input's device meta, got cpu"),
    Bad(gru_cell, (X, None, GCELL.weight_ih, GCELL.weight_hh, "bias"), TypeError,
        r"gru_cell\(\): bias_ih must be a torch.Tensor, got str"),
    Bad(gru_cell, (X.long(), None, *GCELL.parameters()), TypeError,
        r"input must be float32 or float64, got torch.int64"),
    Bad(gru_cell, (X.bfloat16(), None, *GCELL.parameters()), TypeError,
        r"input must be float32 or float64, got torch.bfloat16"),
    Bad(gru_cell, (X, torch.zeros(4, 3), *GCELL.parameters()), ValueError,
        r"hx must have shape \(4, 2\), got \(4, 3\)"),
    Bad(gru_cell, (X, None, *CELL.parameters()), ValueError,
        r"weight_ih must have 3 \* hidden_size rows, got shape \(8, 3\)"),
    Bad(gru_cell, (X, None, GCELL.weight_ih, GCELL.weight_hh.T), ValueError,
        r"weight_hh must have shape \(6, 2\), got \(2, 6\)"),
    Bad(gru_cell, (X, torch.zeros(4, 2, dtype=torch.float64), *GCELL.parameters()), TypeError,
        r"hx must have input's dtype torch.float32, got torch.float64"),
    Bad(lstm, (SEQ, [p for p in W.values()]), TypeError,
        r"lstm\(\): weights must be a mapping of parameter names to tensors.*got list"),
    Bad(lstm, (SEQ, W), ValueError, r"missing \['weight_ih_l1', 'weight_hh_l1'", {"num_layers": 2}),
    Bad(lstm, (SEQ, W), ValueError, r"num_layers=1099511627776 is more layers than weights holds tensors \(4\)",
        {"num_layers": 2**40}, note="huge num_layers fails at once"),
    Bad(lstm, (SEQ, W), ValueError, r"num_layers must be >= 1, got 0", {"num_layers": 0}),
    Bad(lstm, (SEQ, W), TypeError, r"num_layers must be an int, got float", {"num_layers": 1.0}),
    Bad(lstm, (SEQ, W), TypeError, r"num_layers must be an int, got bool", {"num_layers": True}),
    Bad(lstm, (SEQ, W), TypeError, r"batch_first must be a bool, got int", {"batch_first": 1}),
    Bad(lstm, (SEQ, W), ValueError, r"missing \['weight_ih_l0_reverse'", {"bidirectional": True},
        note="bidirectional needs reverse weights"),
    Bad(lstm, (SEQ, W), ValueError, r"unexpected \['bias_ih_l0', 'bias_hh_l0'\]", {"bias": False}),
    Bad(lstm, (SEQ, GW), ValueError, r"weights\['weight_ih_l0'\] must have shape \(8, 3\), got \(6, 3\)",
        note="GRU weights given to lstm"),
    Bad(lstm, (torch.randn(5, 4, 2), W), ValueError,
        r"weights\['weight_ih_l0'\] must have shape \(8, 2\), got \(8, 3\) \(input has 2 features\)",
        note="input_size mismatch names input"),
    Bad(lstm, (torch.randn(0, 4, 3), W), ValueError, r"input must hold at least one time step, got shape \(0, 4, 3\)"),
    Bad(lstm, (SEQ, W, torch.zeros(1, 4, 2)), TypeError, r"hx must be None or a pair \(h_0, c_0\), got Tensor"),
    Bad(lstm, (SEQ, W, (torch.zeros(1, 4, 2), torch.zeros(4, 2))), ValueError,
        r"hx\[1\] must have shape \(1, 4, 2\), got \(4, 2\)"),
    Bad(lstm, (SEQ.half(), W), TypeError, r"input must be float32 or float64, got torch.float16"),
    Bad(lstm, (SEQ, W, [torch.zeros(1, 4, 2)] * 3), TypeError, r"hx must be None or a pair \(h_0, c_0\), got a list of 3"),
    Bad(lstm_cell, (X, (torch.zeros(4, 2),), *CELL.parameters()), TypeError,
        r"hx must be None or a pair \(h, c\), got a tuple of 1"),
    Bad(lstm, (torch.randn(1, 4, 3).expand(2**40, 4, 3), W), ValueError,
        r"lstm\(\): input of shape \(1099511627776, 4, 3\) needs 1099511627776 cell steps .* at most 1048576",
        note="2**40 expanded steps, was MemoryError"),
    Bad(gru, (torch.empty(2**19, 1, 3, device="meta"), {k: v.to("meta") for k, v in
        nn.GRU(3, 2, num_layers=2, bidirectional=True).named_parameters()}), ValueError,
        r"needs 2097152 cell steps", {"num_layers": 2, "bidirectional": True},
        note="layers and directions count"),
    Bad(lstm, (torch.randn(4, 3, 5, 3), W), ValueError, r"input must be 2-d or 3-d, got shape \(4, 3, 5, 3\)"),
    Bad(gru, (SEQ, GW), TypeError, r"gru\(\): bidirectional must be a bool, got str", {"bidirectional": "yes"}),
    Bad(gru, (SEQ, {**GW, "weight_ih_l0": GW["weight_ih_l0"].double()}), TypeError,
        r"weights\['weight_ih_l0'\] must have input's dtype torch.float32, got torch.float64"),
    Bad(gru, (SEQ, GW, torch.zeros(2, 4, 2)), ValueError, r"hx must have shape \(1, 4, 2\), got \(2, 4, 2\)"),
    Bad(gru, (SEQ.to("meta"), GW), ValueError, r"must be on input's device meta, got cpu"),
    Bad(gru, (SEQ, {"weight_ih_l0": 1, "weight_hh_l0": 2, "bias_ih_l0": 3, "bias_hh_l0": 4}), TypeError,
        r"weights\['weight_ih_l0'\] must be a torch.Tensor, got int"),
    Bad(gru, (SEQ, GW), TypeError, r"num_layers must be an int, got float", {"num_layers": np.float64(1)}),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
