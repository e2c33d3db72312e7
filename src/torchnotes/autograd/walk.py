"""The backward graph behind ``grad_fn``, listed in the order the engine runs it."""

from __future__ import annotations

import heapq
from typing import Any

import torch

from torchnotes._checks import check_tensor


def _name(node: Any) -> str:
    # type names read as in reprs: 'MulBackward0', 'AccumulateGrad', 'MyFnBackward'
    return type(node).__name__


def graph_nodes(output: torch.Tensor) -> list[tuple[str, tuple[int, ...]]]:
    """List the nodes of ``output``'s backward graph in the order ``backward()`` runs them.

    Starting at ``output.grad_fn``, the walk follows ``next_functions`` (the edges towards
    the inputs) and orders the nodes as autograd's engine does on the CPU: a node runs
    once every node that sends it a gradient has run (so the list is a topological
    order, root first); among the nodes ready at the same time the most recently created
    one goes first (the node's sequence number), and ``AccumulateGrad`` nodes - one per
    leaf tensor that requires grad, writing into its ``.grad`` - run as soon as they are
    ready. Leaves that do not require grad have no node (their ``next_functions`` entry
    is ``None``).

    Args:
        output: any tensor; usually a loss.

    Returns:
        One ``(name, next)`` pair per node: the node's class name (``'MulBackward0'``,
        ``'AccumulateGrad'``) and the positions in this list of the nodes it passes
        gradients to, in ``next_functions`` order. Empty when ``output`` has no
        ``grad_fn`` (a leaf, or a tensor that does not require grad).

    Raises:
        TypeError: ``output`` is not a tensor.

    Examples:
        >>> w = torch.tensor([2.0], requires_grad=True)
        >>> x = torch.tensor([3.0])  # data: no node #zh: 数据：没有节点
        >>> loss = (w * x).sin().sum()
        >>> for name, nxt in graph_nodes(loss):
        ...     print(name, nxt)
        SumBackward0 (1,)
        SinBackward0 (2,)
        MulBackward0 (3,)
        AccumulateGrad ()
    """
    check_tensor("graph_nodes", "output", output)
    root = output.grad_fn
    if root is None:
        return []
    # how many edges arrive at each node: it is ready once all of them have delivered
    waiting: dict[Any, int] = {}
    seen, stack = {root}, [root]
    while stack:
        node = stack.pop()
        for nxt, _ in node.next_functions:
            if nxt is None:
                continue
            waiting[nxt] = waiting.get(nxt, 0) + 1
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    order: list[Any] = []
    pushed = 0
    # the engine's ready queue: highest sequence number first (AccumulateGrad has the
    # largest possible one); the push counter keeps ties in arrival order
    ready = [(-root._sequence_nr(), pushed, root)]
    while ready:
        _, _, node = heapq.heappop(ready)
        order.append(node)
        for nxt, _ in node.next_functions:
            if nxt is None:
                continue
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                pushed += 1
                heapq.heappush(ready, (-nxt._sequence_nr(), pushed, nxt))
    position = {node: i for i, node in enumerate(order)}
    return [
        (_name(node), tuple(position[n] for n, _ in node.next_functions if n is not None))
        for node in order
    ]
