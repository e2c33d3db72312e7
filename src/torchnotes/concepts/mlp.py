"""A two-layer perceptron by hand: the forward pass, its backward pass, its parameter count."""

from __future__ import annotations

from collections.abc import Sequence

import torch

from torchnotes._checks import check_bool, check_int_like, check_like, check_shape, shown_int
from torchnotes.concepts._args import check_float


def _check_mlp(fn: str, input: torch.Tensor, weight1: torch.Tensor, bias1: torch.Tensor,
               weight2: torch.Tensor, bias2: torch.Tensor) -> None:
    check_float(fn, "input", input, ndim=2)
    for name, value, ndim in (("weight1", weight1, 2), ("bias1", bias1, 1),
                              ("weight2", weight2, 2), ("bias2", bias2, 1)):
        check_float(fn, name, value, ndim=ndim)
        check_like(fn, [("input", input), (name, value)])
    hidden, features = weight1.shape
    check_shape(fn, "weight1", weight1, (hidden, input.shape[1]))
    check_shape(fn, "bias1", bias1, (hidden,))
    check_shape(fn, "weight2", weight2, (weight2.shape[0], hidden))
    check_shape(fn, "bias2", bias2, (weight2.shape[0],))


def _relu(z: torch.Tensor) -> torch.Tensor:
    # not z.clamp(min=0): before torch 2.14 clamp passed the gradient at z == 0, relu does not; <= keeps NaN
    return torch.where(z <= 0, 0.0, z)


def two_layer_forward(input: torch.Tensor, weight1: torch.Tensor, bias1: torch.Tensor,
                      weight2: torch.Tensor, bias2: torch.Tensor) -> torch.Tensor:
    """The forward pass of ``Linear -> ReLU -> Linear`` written out: two affine maps and a ReLU.

    Each layer computes a weighted sum of all its inputs plus a bias, ``x @ W.T + b``
    (``nn.Linear``'s layout: ``W`` is ``(out_features, in_features)``); the hidden layer
    then applies ReLU. The output layer has no activation: it returns logits, which losses
    such as ``F.cross_entropy`` expect.

    Args:
        input: a ``(batch, in_features)`` float32 or float64 tensor.
        weight1: ``(hidden, in_features)``, with ``input``'s dtype and device.
        bias1: ``(hidden,)``.
        weight2: ``(out_features, hidden)``.
        bias2: ``(out_features,)``.

    Returns:
        The ``(batch, out_features)`` output; differentiable like the module's.

    Raises:
        TypeError: an argument is not a float32/float64 tensor, or the dtypes differ.
        ValueError: a tensor has the wrong number of dimensions or a shape that does not
            fit, or the devices differ.

    Examples:
        >>> _ = torch.manual_seed(0)
        >>> net = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 2))
        >>> x = torch.randn(5, 3)
        >>> out = two_layer_forward(x, net[0].weight, net[0].bias, net[2].weight, net[2].bias)
        >>> torch.allclose(out, net(x)), out.shape, out.requires_grad
        (True, torch.Size([5, 2]), True)
    """
    _check_mlp("two_layer_forward", input, weight1, bias1, weight2, bias2)
    hidden = _relu(input @ weight1.T + bias1)  # every input feeds every hidden unit #zh: 每个输入都连到每个隐藏单元
    return hidden @ weight2.T + bias2  # no activation on the output: logits #zh: 输出层不加激活：得到 logits


def two_layer_backward(input: torch.Tensor, target: torch.Tensor, weight1: torch.Tensor,
                       bias1: torch.Tensor, weight2: torch.Tensor,
                       bias2: torch.Tensor) -> dict[str, torch.Tensor]:
    """Backpropagation by hand: the gradients of ``MSE(two_layer_forward(...), target)``.

    The chain rule applied from the loss backwards, one layer at a time. With
    ``z = x W1^T + b1``, ``h = relu(z)``, ``y = h W2^T + b2`` and
    ``L = mean((y - t)^2)``::

        dL/dy  = 2 (y - t) / y.numel()
        dL/dW2 = (dL/dy)^T h          dL/db2 = sum of dL/dy over the batch
        dL/dh  = dL/dy W2
        dL/dz  = dL/dh * (z > 0)      (ReLU lets the gradient through where it was active)
        dL/dW1 = (dL/dz)^T x          dL/db1 = sum of dL/dz over the batch
        dL/dx  = dL/dz W1

    These are the values ``loss.backward()`` leaves in ``.grad``. Computing them changes no
    weight: updating is the optimizer's step, e.g. ``W -= lr * dL/dW``.

    Args:
        input: a ``(batch, in_features)`` float32 or float64 tensor.
        target: ``(batch, out_features)``, with ``input``'s dtype and device.
        weight1: ``(hidden, in_features)``.
        bias1: ``(hidden,)``.
        weight2: ``(out_features, hidden)``.
        bias2: ``(out_features,)``.

    Returns:
        A dict with the ``"loss"`` (0-d) and the gradients ``"weight1"``, ``"bias1"``,
        ``"weight2"``, ``"bias2"`` and ``"input"``, each shaped like its tensor.

    Raises:
        TypeError: an argument is not a float32/float64 tensor, or the dtypes differ.
        ValueError: a tensor has the wrong number of dimensions or a shape that does not
            fit, or the devices differ.

    Examples:
        >>> _ = torch.manual_seed(0)
        >>> net = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 2))
        >>> x, t = torch.randn(5, 3), torch.randn(5, 2)
        >>> torch.nn.functional.mse_loss(net(x), t).backward()
        >>> grads = two_layer_backward(x, t, net[0].weight, net[0].bias, net[2].weight, net[2].bias)
        >>> torch.allclose(grads["weight1"], net[0].weight.grad), torch.allclose(grads["bias2"], net[2].bias.grad)
        (True, True)
    """
    fn = "two_layer_backward"
    _check_mlp(fn, input, weight1, bias1, weight2, bias2)
    check_float(fn, "target", target, ndim=2)
    check_like(fn, [("input", input), ("target", target)])
    check_shape(fn, "target", target, (input.shape[0], weight2.shape[0]))
    with torch.no_grad():
        z = input @ weight1.T + bias1
        h = _relu(z)
        y = h @ weight2.T + bias2
        loss = ((y - target) ** 2).mean()
        dy = 2 * (y - target) / y.numel()
        dw2 = dy.T @ h
        db2 = dy.sum(0)
        dh = dy @ weight2
        dz = torch.where(z <= 0, 0.0, dh)  # ReLU's gradient: 1 where z > 0, else 0 #zh: ReLU 的梯度：z > 0 处为 1，其余为 0
        dw1 = dz.T @ input
        db1 = dz.sum(0)
        dx = dz @ weight1
    return {"loss": loss, "weight1": dw1, "bias1": db1, "weight2": dw2, "bias2": db2, "input": dx}


#: The most layers ``mlp_parameter_count`` reads: far more than any network has, and a
#: sequence it can read in well under a second.
MAX_LAYERS = 2**20


def mlp_parameter_count(sizes: Sequence[int], bias: bool = True) -> int:
    """Parameters of a stack of fully connected layers ``sizes[0] -> sizes[1] -> ...``.

    A fully connected layer from ``n_in`` to ``n_out`` features connects every input to
    every output: ``n_in * n_out`` weights, plus ``n_out`` biases. The count grows with the
    product of neighbouring widths, which is why a flattened image feeding a wide layer is
    expensive.

    Args:
        sizes: the feature counts, input first; at least two integers ``>= 0`` (NumPy
            integers are accepted).
        bias: whether each layer has a bias, as ``nn.Linear(..., bias=bias)``.

    Returns:
        ``sum(n_in * n_out + n_out * bias)`` over neighbouring pairs, what
        ``sum(p.numel() for p in mlp.parameters())`` gives.

    Raises:
        TypeError: ``sizes`` is not a sequence of integers, or ``bias`` is not a bool.
        ValueError: fewer than two sizes, more than ``2**20`` layers, or a negative size.

    Examples:
        >>> mlp_parameter_count([784, 256, 10])  # 784*256 + 256 + 256*10 + 10 parameters #zh: 784*256 + 256 + 256*10 + 10 个参数
        203530
        >>> net = torch.nn.Sequential(torch.nn.Linear(784, 256), torch.nn.ReLU(), torch.nn.Linear(256, 10))
        >>> sum(p.numel() for p in net.parameters())
        203530
        >>> mlp_parameter_count([784, 256, 10], bias=False)
        203264
    """
    fn = "mlp_parameter_count"
    if isinstance(sizes, (str, bytes)) or not isinstance(sizes, Sequence):
        raise TypeError(f"{fn}(): sizes must be a sequence of integers, got {type(sizes).__name__}")
    check_bool(fn, "bias", bias)
    too_many = f"{fn}(): sizes may describe at most {MAX_LAYERS} layers, got"
    try:
        layers = len(sizes) - 1
    except OverflowError:  # len() of range(2**64)
        raise ValueError(f"{too_many} more than 2**63") from None
    if layers > MAX_LAYERS:  # read one by one, range(2**62) would never end
        raise ValueError(f"{too_many} {shown_int(layers)}")
    counts = [check_int_like(fn, f"sizes[{i}]", s) for i, s in enumerate(sizes)]
    for i, count in enumerate(counts):
        if count < 0:
            raise ValueError(f"{fn}(): sizes[{i}] must be >= 0, got {shown_int(count)}")
    if len(counts) < 2:
        raise ValueError(f"{fn}(): sizes needs at least two entries (input and output), got {len(counts)}")
    return sum(a * b + (b if bias else 0) for a, b in zip(counts, counts[1:]))
