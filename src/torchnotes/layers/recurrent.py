"""Recurrent layers: ``nn.LSTMCell``/``nn.GRUCell`` from their gate equations, and
``nn.LSTM``/``nn.GRU`` as a loop of those cells over time, layers and directions.

The weights are the torch module's own, in its layout: the rows of ``weight_ih`` and
``weight_hh`` stack the gates ``i, f, g, o`` (LSTM) or ``r, z, n`` (GRU).
"""

from __future__ import annotations

from collections.abc import Mapping

import torch

from torchnotes._checks import check_bool, check_int_like, check_shape
from torchnotes.layers._args import check_float, check_same, check_weights

#: The most cell steps (``seq_len * num_layers * num_directions``) :func:`lstm` and :func:`gru`
#: run: each is a Python call, about a second per ten thousand, so a longer loop is refused at
#: once rather than left to run for hours (an expanded or meta input can be 2**40 steps long).
_MAX_STEPS = 2**20


def lstm_cell(
    input: torch.Tensor,
    hx: tuple[torch.Tensor, torch.Tensor] | None,
    weight_ih: torch.Tensor,
    weight_hh: torch.Tensor,
    bias_ih: torch.Tensor | None = None,
    bias_hh: torch.Tensor | None = None,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Reference ``nn.LSTMCell``: one time step, written as the four gate equations.

    With ``gates = x @ weight_ih.T + bias_ih + h @ weight_hh.T + bias_hh`` cut into four
    chunks of ``hidden_size`` in torch's order ``i, f, g, o``::

        i, f, o = sigmoid(.), sigmoid(.), sigmoid(.)    g = tanh(.)
        c' = f * c + i * g
        h' = o * tanh(c')

    Args:
        input: ``(batch, input_size)``, or ``(input_size,)`` for one unbatched sample;
            float32 or float64.
        hx: ``(h, c)``, each of shape ``(batch, hidden_size)`` (``(hidden_size,)``
            unbatched), or ``None`` for zeros, as in torch.
        weight_ih: ``(4 * hidden_size, input_size)``, the module's ``weight_ih``.
        weight_hh: ``(4 * hidden_size, hidden_size)``, the module's ``weight_hh``.
        bias_ih: ``(4 * hidden_size,)`` or ``None`` (a module built with ``bias=False``).
        bias_hh: ``(4 * hidden_size,)`` or ``None``.

    Returns:
        ``(h', c')``, each shaped like ``h``, with ``input``'s dtype and device.

    Raises:
        TypeError: an argument is not a tensor (or ``hx`` not a pair), a tensor is not
            float32/float64, or the tensors do not share one dtype.
        ValueError: a shape does not fit the others, or the tensors are on different devices.

    Examples:
        >>> _ = torch.manual_seed(0)
        >>> cell = torch.nn.LSTMCell(3, 2)
        >>> x = torch.randn(4, 3)
        >>> h, c = lstm_cell(x, None, cell.weight_ih, cell.weight_hh, cell.bias_ih, cell.bias_hh)
        >>> h.shape, c.shape
        (torch.Size([4, 2]), torch.Size([4, 2]))
        >>> ref_h, ref_c = cell(x)
        >>> torch.allclose(h, ref_h), torch.allclose(c, ref_c)
        (True, True)
    """
    fn = "lstm_cell"
    x, state, hidden = _cell_args(fn, input, hx, 2, weight_ih, weight_hh, bias_ih, bias_hh, gates=4)
    h, c = state if state is not None else (x.new_zeros(hidden), x.new_zeros(hidden))
    gates = _affine(x, weight_ih, bias_ih) + _affine(h, weight_hh, bias_hh)
    i, f, g, o = gates.chunk(4, dim=-1)
    c_next = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
    h_next = torch.sigmoid(o) * torch.tanh(c_next)
    return h_next, c_next


def gru_cell(
    input: torch.Tensor,
    hx: torch.Tensor | None,
    weight_ih: torch.Tensor,
    weight_hh: torch.Tensor,
    bias_ih: torch.Tensor | None = None,
    bias_hh: torch.Tensor | None = None,
) -> torch.Tensor:
    """Reference ``nn.GRUCell``: one time step, written as the three gate equations.

    The rows of the weights stack ``r, z, n`` (reset, update, new). The reset gate
    multiplies the *whole* hidden term, bias included, so in the ``n`` block the two biases
    are not interchangeable (unlike an LSTM cell's, where only their sum matters)::

        r = sigmoid(W_ir x + b_ir + W_hr h + b_hr)
        z = sigmoid(W_iz x + b_iz + W_hz h + b_hz)
        n = tanh(W_in x + b_in + r * (W_hn h + b_hn))
        h' = (1 - z) * n + z * h

    Args:
        input: ``(batch, input_size)``, or ``(input_size,)`` unbatched; float32 or float64.
        hx: ``(batch, hidden_size)`` (``(hidden_size,)`` unbatched), or ``None`` for zeros.
        weight_ih: ``(3 * hidden_size, input_size)``, the module's ``weight_ih``.
        weight_hh: ``(3 * hidden_size, hidden_size)``, the module's ``weight_hh``.
        bias_ih: ``(3 * hidden_size,)`` or ``None``.
        bias_hh: ``(3 * hidden_size,)`` or ``None``.

    Returns:
        ``h'``, shaped like ``hx``, with ``input``'s dtype and device.

    Raises:
        TypeError: an argument is not a tensor, a tensor is not float32/float64, or the
            tensors do not share one dtype.
        ValueError: a shape does not fit the others, or the tensors are on different devices.

    Examples:
        >>> _ = torch.manual_seed(0)
        >>> cell = torch.nn.GRUCell(3, 2)
        >>> x, h = torch.randn(4, 3), torch.randn(4, 2)
        >>> out = gru_cell(x, h, cell.weight_ih, cell.weight_hh, cell.bias_ih, cell.bias_hh)
        >>> out.shape
        torch.Size([4, 2])
        >>> torch.allclose(out, cell(x, h))
        True
    """
    x, h, hidden = _cell_args("gru_cell", input, hx, 1, weight_ih, weight_hh, bias_ih, bias_hh, gates=3)
    if h is None:
        h = x.new_zeros(hidden)
    xr, xz, xn = _affine(x, weight_ih, bias_ih).chunk(3, dim=-1)
    hr, hz, hn = _affine(h, weight_hh, bias_hh).chunk(3, dim=-1)
    r = torch.sigmoid(xr + hr)
    z = torch.sigmoid(xz + hz)
    n = torch.tanh(xn + r * hn)  # r scales W_hn h + b_hn, not W_hn h alone #zh: r 乘的是 W_hn h + b_hn，而不只是 W_hn h
    return (1 - z) * n + z * h


def lstm(
    input: torch.Tensor,
    weights: Mapping[str, torch.Tensor],
    hx: tuple[torch.Tensor, torch.Tensor] | None = None,
    num_layers: int = 1,
    bias: bool = True,
    batch_first: bool = False,
    bidirectional: bool = False,
) -> tuple[torch.Tensor, tuple[torch.Tensor, torch.Tensor]]:
    """Reference ``nn.LSTM`` in eval mode: :func:`lstm_cell` looped over time, layers and directions.

    Layer ``k`` reads the outputs of layer ``k - 1`` (both directions concatenated); the
    reverse direction reads the sequence from its end. ``output`` holds the last layer's
    ``h`` at every step; ``h_n``/``c_n`` hold the final state of every layer and direction,
    index ``layer * num_directions + direction`` (the reverse direction's final state is
    the one after reading step 0). Between-layer ``dropout`` and ``proj_size`` are not
    modelled.

    Args:
        input: ``(seq_len, batch, input_size)`` (``(batch, seq_len, input_size)`` with
            ``batch_first``) or ``(seq_len, input_size)`` unbatched; float32 or float64.
        weights: the module's parameters by name, ``dict(module.named_parameters())``:
            ``weight_ih_l{k}``, ``weight_hh_l{k}``, ``bias_ih_l{k}``, ``bias_hh_l{k}``
            and their ``_reverse`` twins.
        hx: ``(h_0, c_0)``, each ``(num_layers * num_directions, batch, hidden_size)``
            (never batch-first, as in torch), or ``None`` for zeros.
        num_layers: number of stacked layers, ``>= 1``.
        bias: whether ``weights`` holds the biases.
        batch_first: whether ``input`` and ``output`` put the batch first.
        bidirectional: whether ``weights`` holds a reverse direction.

    Returns:
        ``(output, (h_n, c_n))``: ``output`` is ``(seq_len, batch, num_directions *
        hidden_size)`` (batch first if asked), ``h_n`` and ``c_n`` are
        ``(num_layers * num_directions, batch, hidden_size)``.

    Raises:
        TypeError: a tensor is not float32/float64 or the dtypes differ, ``weights`` is
            not a mapping, ``hx`` is not a pair, or a flag or ``num_layers`` has the wrong type.
        ValueError: ``weights`` lacks or adds names, a shape does not fit, ``num_layers``
            is below 1, the tensors are on different devices, or the loop would take more
            than 2**20 cell steps.

    Examples:
        >>> _ = torch.manual_seed(0)
        >>> net = torch.nn.LSTM(3, 2, num_layers=2, bidirectional=True)
        >>> x = torch.randn(5, 4, 3)  # (seq_len, batch, input_size) #zh: （序列长度, 批大小, 输入大小）
        >>> out, (h_n, c_n) = lstm(x, dict(net.named_parameters()), num_layers=2, bidirectional=True)
        >>> out.shape, h_n.shape
        (torch.Size([5, 4, 4]), torch.Size([4, 4, 2]))
        >>> ref_out, (ref_h, ref_c) = net(x)
        >>> torch.allclose(out, ref_out), torch.allclose(h_n, ref_h), torch.allclose(c_n, ref_c)
        (True, True, True)
    """
    out, (h, c) = _run("lstm", input, weights, hx, num_layers, bias, batch_first, bidirectional)
    return out, (h, c)


def gru(
    input: torch.Tensor,
    weights: Mapping[str, torch.Tensor],
    hx: torch.Tensor | None = None,
    num_layers: int = 1,
    bias: bool = True,
    batch_first: bool = False,
    bidirectional: bool = False,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Reference ``nn.GRU`` in eval mode: :func:`gru_cell` looped over time, layers and directions.

    The same loop as :func:`lstm` with one state instead of two: ``output`` holds the last
    layer's ``h`` at every step, ``h_n`` the final ``h`` of every layer and direction.

    Args:
        input: ``(seq_len, batch, input_size)`` (``(batch, seq_len, input_size)`` with
            ``batch_first``) or ``(seq_len, input_size)`` unbatched; float32 or float64.
        weights: ``dict(module.named_parameters())`` of an ``nn.GRU``.
        hx: ``h_0`` of shape ``(num_layers * num_directions, batch, hidden_size)``, or
            ``None`` for zeros.
        num_layers: number of stacked layers, ``>= 1``.
        bias: whether ``weights`` holds the biases.
        batch_first: whether ``input`` and ``output`` put the batch first.
        bidirectional: whether ``weights`` holds a reverse direction.

    Returns:
        ``(output, h_n)`` with the shapes of :func:`lstm`'s ``output`` and ``h_n``.

    Raises:
        TypeError: a tensor is not float32/float64 or the dtypes differ, ``weights`` is
            not a mapping, or a flag or ``num_layers`` has the wrong type.
        ValueError: ``weights`` lacks or adds names, a shape does not fit, ``num_layers``
            is below 1, the tensors are on different devices, or the loop would take more
            than 2**20 cell steps.

    Examples:
        >>> _ = torch.manual_seed(0)
        >>> net = torch.nn.GRU(3, 2, batch_first=True)
        >>> x = torch.randn(4, 5, 3)  # (batch, seq_len, input_size) #zh: （批大小, 序列长度, 输入大小）
        >>> out, h_n = gru(x, dict(net.named_parameters()), batch_first=True)
        >>> out.shape, h_n.shape
        (torch.Size([4, 5, 2]), torch.Size([1, 4, 2]))
        >>> torch.equal(out[:, -1], h_n[0])  # one layer, one direction: the last step is h_n #zh: 单层单向：最后一步就是 h_n
        True
        >>> torch.allclose(out, net(x)[0])
        True
    """
    return _run("gru", input, weights, hx, num_layers, bias, batch_first, bidirectional)


def _affine(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None) -> torch.Tensor:
    out = x @ weight.T
    return out if bias is None else out + bias


def _cell_args(fn, input, hx, n_states, weight_ih, weight_hh, bias_ih, bias_hh, *, gates):
    """Check one cell call; return (input, state or None, state shape)."""
    x = check_float(fn, "input", input, ndims=(1, 2))
    check_float(fn, "weight_ih", weight_ih, ndims=(2,))
    check_float(fn, "weight_hh", weight_hh, ndims=(2,))
    rows = weight_ih.size(0)
    if rows % gates:
        raise ValueError(
            f"{fn}(): weight_ih must have {gates} * hidden_size rows, got shape {tuple(weight_ih.shape)}"
        )
    hidden_size = rows // gates
    if tuple(weight_ih.shape) != (gates * hidden_size, x.size(-1)):  # names input too: either may be wrong
        raise ValueError(f"{fn}(): weight_ih must have shape {(gates * hidden_size, x.size(-1))}, got "
                         f"{tuple(weight_ih.shape)} (input has {x.size(-1)} features, shape {tuple(x.shape)})")
    check_shape(fn, "weight_hh", weight_hh, (gates * hidden_size, hidden_size))
    for name, b in (("bias_ih", bias_ih), ("bias_hh", bias_hh)):
        if b is not None:
            check_float(fn, name, b)
            check_shape(fn, name, b, (gates * hidden_size,))
    hidden = (*x.shape[:-1], hidden_size)
    if hx is None:
        state = None
        states = {}
    else:
        if n_states == 2:
            if not isinstance(hx, (tuple, list)) or len(hx) != 2:
                got = f"a {type(hx).__name__} of {len(hx)}" if isinstance(hx, (tuple, list)) else type(hx).__name__
                raise TypeError(f"{fn}(): hx must be None or a pair (h, c), got {got}")
            states = {"hx[0]": hx[0], "hx[1]": hx[1]}
        else:
            states = {"hx": hx}
        for name, value in states.items():
            check_float(fn, name, value)
            check_shape(fn, name, value, hidden)
        state = tuple(states.values()) if n_states == 2 else hx
    check_same(fn, "input", {"input": x, "weight_ih": weight_ih, "weight_hh": weight_hh,
                             "bias_ih": bias_ih, "bias_hh": bias_hh, **states})
    return x, state, hidden


def _run(fn, input, weights, hx, num_layers, bias, batch_first, bidirectional):
    """The loop shared by :func:`lstm` and :func:`gru`."""
    is_lstm = fn == "lstm"
    gates = 4 if is_lstm else 3
    for name, flag in (("bias", bias), ("batch_first", batch_first), ("bidirectional", bidirectional)):
        check_bool(fn, name, flag)
    num_layers = check_int_like(fn, "num_layers", num_layers, minimum=1)
    x = check_float(fn, "input", input, ndims=(2, 3))
    directions = ("", "_reverse") if bidirectional else ("",)
    kinds = ("weight_ih", "weight_hh", "bias_ih", "bias_hh") if bias else ("weight_ih", "weight_hh")
    # Checked before building any list of names, so num_layers=2**40 fails at once.
    if isinstance(weights, Mapping) and num_layers > len(weights):
        raise ValueError(
            f"{fn}(): num_layers={num_layers} is more layers than weights holds tensors ({len(weights)})"
        )
    expected = [f"{k}_l{layer}{d}" for layer in range(num_layers) for d in directions for k in kinds]
    w = check_weights(fn, weights, expected)
    check_same(fn, "input", {"input": x, **{f"weights[{k!r}]": v for k, v in w.items()}})
    input_size = x.size(-1)
    if w["weight_hh_l0"].dim() != 2:
        raise ValueError(
            f"{fn}(): weights['weight_hh_l0'] must be 2-d, got shape {tuple(w['weight_hh_l0'].shape)}"
        )
    hidden_size = w["weight_hh_l0"].size(-1)
    for layer in range(num_layers):
        width = input_size if layer == 0 else hidden_size * len(directions)
        for d in directions:
            shapes = {"weight_ih": (gates * hidden_size, width),
                      "weight_hh": (gates * hidden_size, hidden_size),
                      "bias_ih": (gates * hidden_size,), "bias_hh": (gates * hidden_size,)}
            for k in kinds:
                name, want = f"{k}_l{layer}{d}", shapes[k]
                if tuple(w[name].shape) != want:
                    since = f" (input has {input_size} features)" if name == "weight_ih_l0" else ""
                    raise ValueError(f"{fn}(): weights[{name!r}] must have shape {want}, got "
                                     f"{tuple(w[name].shape)}{since}")
    unbatched = x.dim() == 2
    if unbatched:
        x = x.unsqueeze(1)
    elif batch_first:
        x = x.transpose(0, 1)
    if x.size(0) == 0:
        raise ValueError(f"{fn}(): input must hold at least one time step, got shape {tuple(input.shape)}")
    steps = x.size(0) * num_layers * len(directions)
    if steps > _MAX_STEPS:  # checked before the loop and before any list of seq_len entries
        raise ValueError(f"{fn}(): input of shape {tuple(input.shape)} needs {steps} cell steps "
                         f"(seq_len * num_layers * num_directions); this reference runs at most {_MAX_STEPS}")
    batch = x.size(1)
    state_shape = (num_layers * len(directions), batch, hidden_size)
    states = _initial_states(fn, hx, is_lstm, unbatched, state_shape, x)
    finals = []
    layer_input = x
    for layer in range(num_layers):
        outputs = []
        for d, suffix in enumerate(directions):
            p = [w.get(f"{k}_l{layer}{suffix}") for k in ("weight_ih", "weight_hh", "bias_ih", "bias_hh")]
            slot = layer * len(directions) + d
            state = tuple(s[slot] for s in states)
            steps = range(x.size(0)) if d == 0 else reversed(range(x.size(0)))
            seq = [None] * x.size(0)
            for t in steps:
                if is_lstm:
                    state = lstm_cell(layer_input[t], state, *p)
                else:
                    state = (gru_cell(layer_input[t], state[0], *p),)
                seq[t] = state[0]
            outputs.append(torch.stack(seq))
            finals.append(state)
        layer_input = torch.cat(outputs, dim=-1)
    out = layer_input
    final = tuple(torch.stack([f[i] for f in finals]) for i in range(len(states)))
    if unbatched:
        out, final = out.squeeze(1), tuple(s.squeeze(1) for s in final)
    elif batch_first:
        out = out.transpose(0, 1)
    return (out, final) if is_lstm else (out, final[0])


def _initial_states(fn, hx, is_lstm, unbatched, shape, x):
    want = shape if not unbatched else (shape[0], shape[2])
    if hx is None:
        zeros = x.new_zeros(shape)
        return (zeros, zeros) if is_lstm else (zeros,)
    if is_lstm:
        if not isinstance(hx, (tuple, list)) or len(hx) != 2:
            got = f"a {type(hx).__name__} of {len(hx)}" if isinstance(hx, (tuple, list)) else type(hx).__name__
            raise TypeError(f"{fn}(): hx must be None or a pair (h_0, c_0), got {got}")
        named = {"hx[0]": hx[0], "hx[1]": hx[1]}
    else:
        named = {"hx": hx}
    for name, value in named.items():
        check_float(fn, name, value)
        check_shape(fn, name, value, want)
    check_same(fn, "input", {"input": x, **named})
    return tuple(v.unsqueeze(1) if unbatched else v for v in named.values())
