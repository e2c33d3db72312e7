"""distributed: real gloo processes on the CPU, DistributedSampler's rule, DataParallel's split.

Process-spawning tests are few: each run_workers call forks two workers (tens of ms), and
the DDP comparisons share one call per model.
"""

import functools
import math

import numpy as np
import pytest
import torch
import torch.distributed as dist
from badcalls import Bad, check, params
from hypothesis import given, settings
from hypothesis import strategies as st
from torch import nn
from torch.nn import functional as F
from torch.utils.data import DistributedSampler

from torchnotes.distributed import (
    data_parallel_apply,
    ddp_gradients,
    distributed_sampler_indices,
    run_workers,
)

# --- run_workers: real collectives ------------------------------------------------------


def _collectives(rank, world_size, dtype):
    x = (torch.arange(4) + 10 * rank).to(dtype)
    summed, largest, shared = x.clone(), x.clone(), x.clone()
    dist.all_reduce(summed)
    dist.all_reduce(largest, op=dist.ReduceOp.MAX)
    dist.broadcast(shared, src=1)
    return x, summed, largest, shared


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64, torch.int64])
def test_collectives_equal_their_definition(dtype):
    results = run_workers(_collectives, 3, (dtype,))
    own = torch.stack([r[0] for r in results])
    for _, summed, largest, shared in results:
        assert summed.dtype == dtype and torch.equal(summed, own.sum(0).to(dtype))
        assert torch.equal(largest, own.amax(0))
        assert torch.equal(shared, own[1])


def test_one_worker_forms_a_group_of_one():
    assert run_workers(lambda rank, world_size: (rank, world_size, dist.get_world_size()), 1) == [(0, 1, 1)]


def _raise_in_rank_one(rank, world_size):
    if rank == 1:
        raise KeyError("boom")
    return rank


def test_a_worker_error_is_raised_again_naming_the_rank():
    with pytest.raises(KeyError, match="boom") as info:
        run_workers(_raise_in_rank_one, 2, timeout=20)
    assert "rank 1 of 2" in "".join(getattr(info.value, "__notes__", []))


def _wait_forever_in_rank_one(rank, world_size):
    if rank == 1:
        import time

        time.sleep(60)
    return rank


def test_a_stuck_worker_ends_in_a_valueerror_not_a_hang():
    with pytest.raises(ValueError, match=r"1 of 2 workers gave no result within timeout=0.5"):
        run_workers(_wait_forever_in_rank_one, 2, timeout=0.5)


def _crash_in_rank_zero(rank, world_size):
    if rank == 0:
        import os

        os._exit(3)
    return rank


def test_a_crashed_worker_is_reported_at_once():
    with pytest.raises(ValueError, match=r"exit codes of crashed workers: \[3\]"):
        run_workers(_crash_in_rank_zero, 2, timeout=30)


def test_spawn_needs_a_picklable_fn():
    with pytest.raises(TypeError, match="picklable"):
        run_workers(lambda rank, world_size: rank, 2, start_method="spawn")


# --- ddp_gradients: DDP equals one process on the whole batch --------------------------

MODELS = {
    "linear-mse": (lambda: nn.Linear(3, 2), lambda g: torch.randn(8, 2, generator=g), F.mse_loss),
    "mlp-cross-entropy": (
        lambda: nn.Sequential(nn.Linear(3, 5), nn.ReLU(), nn.Linear(5, 4)),
        lambda g: torch.randint(0, 4, (8,), generator=g),
        F.cross_entropy,
    ),
}


@pytest.mark.parametrize("name", list(MODELS))
@pytest.mark.parametrize("world_size", [2, 4])
def test_ddp_gradients_equal_single_process_on_the_whole_batch(name, world_size):
    make, target, loss_fn = MODELS[name]
    torch.manual_seed(0)
    model = make().double()
    g = torch.Generator().manual_seed(1)
    x = torch.randn(8, 3, generator=g, dtype=torch.float64)
    y = target(g)
    y = y.double() if y.is_floating_point() else y
    grads = ddp_gradients(model, x, y, world_size, loss_fn)
    assert all(p.grad is None for p in model.parameters())  # the caller's model is untouched
    loss_fn(model(x), y).backward()
    assert len(grads) == world_size
    for rank_grads in grads:
        assert set(rank_grads) == {n for n, _ in model.named_parameters()}
        for n, p in model.named_parameters():
            assert rank_grads[n].dtype == p.dtype
            torch.testing.assert_close(rank_grads[n], p.grad, rtol=1e-12, atol=1e-12)
            assert torch.equal(rank_grads[n], grads[0][n])  # every rank holds the same bits


def test_ddp_with_a_summed_loss_divides_by_world_size():
    torch.manual_seed(0)
    model = nn.Linear(3, 1).double()
    x, y = torch.randn(6, 3, dtype=torch.float64), torch.randn(6, 1, dtype=torch.float64)
    summed = functools.partial(F.mse_loss, reduction="sum")
    grads = ddp_gradients(model, x, y, 3, summed)
    summed(model(x), y).backward()
    torch.testing.assert_close(grads[0]["weight"], model.weight.grad / 3)


# --- distributed_sampler_indices: equal to DistributedSampler ---------------------------


@given(
    n=st.integers(0, 40),
    num_replicas=st.integers(1, 6),
    data=st.data(),
    shuffle=st.booleans(),
    seed=st.integers(-5, 2**20),
    epoch=st.integers(0, 5),
    drop_last=st.booleans(),
)
def test_sampler_indices_equal_torch(n, num_replicas, data, shuffle, seed, epoch, drop_last):
    rank = data.draw(st.integers(0, num_replicas - 1))
    sampler = DistributedSampler(range(n), num_replicas, rank, shuffle=shuffle, seed=seed, drop_last=drop_last)
    sampler.set_epoch(epoch)
    got = distributed_sampler_indices(n, num_replicas, rank, shuffle, seed, epoch, drop_last)
    assert got == list(sampler)
    assert len(got) == len(sampler)


def test_sampler_accepts_numpy_integers_and_extreme_seeds():
    sampler = DistributedSampler(range(7), 3, 2, seed=2**64 - 1)
    assert distributed_sampler_indices(np.int64(7), np.int32(3), np.int8(2), seed=2**64 - 1) == list(sampler)
    sampler = DistributedSampler(range(7), 3, 2, seed=-(2**63))
    assert distributed_sampler_indices(7, 3, 2, seed=-(2**63)) == list(sampler)


def test_sampler_ranks_cover_the_data():
    for n, r in [(10, 3), (2, 5), (0, 2)]:
        parts = [distributed_sampler_indices(n, r, k, seed=3) for k in range(r)]
        assert set().union(*parts) == set(range(n))
        assert all(len(p) == math.ceil(n / r) for p in parts)


def test_sampler_takes_a_huge_num_replicas_without_building_the_padded_list():
    # the padded list would be num_replicas long; the rank's share is one index
    for num_replicas, rank in [(2**63, 2**63 - 1), (2**40, 3), (2**40, 0)]:
        got = distributed_sampler_indices(5, num_replicas, rank, shuffle=False)
        assert got == [rank % 5]
    assert distributed_sampler_indices(5, 2**63, 7, drop_last=True) == []


def test_data_parallel_gathers_along_dim_read_against_the_outputs():
    class SumRows(nn.Module):  # drops dimension 0: the gather dim -1 is the outputs' 0
        def forward(self, x):
            return x.sum(0)

    x = torch.randn(5, 3, dtype=torch.float64)
    torch.testing.assert_close(data_parallel_apply(SumRows(), x, 2, dim=-1), x.sum(0))


def test_sampler_refuses_huge_n_at_once():
    with pytest.raises(ValueError, match=r"n must be <= 2\*\*24"):
        distributed_sampler_indices(2**40, 2, 0)


# --- data_parallel_apply ---------------------------------------------------------------


@settings(max_examples=20)
@given(
    batch=st.integers(1, 7),
    num_replicas=st.integers(1, 5),
    dtype=st.sampled_from([torch.float32, torch.float64]),
    seed=st.integers(0, 2**16),
)
def test_data_parallel_of_a_row_wise_module_equals_the_module(batch, num_replicas, dtype, seed):
    torch.manual_seed(seed)
    layer = nn.Linear(3, 2).to(dtype)
    x = torch.randn(batch, 3, dtype=dtype, requires_grad=True)
    got = data_parallel_apply(layer, x, num_replicas)
    got.square().sum().backward()
    gx, gw = x.grad, layer.weight.grad.clone()
    layer.zero_grad()
    x2 = x.detach().requires_grad_()
    expected = layer(x2)
    expected.square().sum().backward()
    assert got.dtype == expected.dtype and got.shape == expected.shape
    torch.testing.assert_close(got, expected)
    torch.testing.assert_close(gx, x2.grad)
    torch.testing.assert_close(gw, layer.weight.grad)


@settings(max_examples=15)  # each example builds modules and runs functional_call: keep it short
@given(batch=st.integers(2, 9), num_replicas=st.integers(2, 4), seed=st.integers(0, 2**16))
def test_data_parallel_batchnorm_uses_per_chunk_statistics(batch, num_replicas, seed):
    torch.manual_seed(seed)
    x = torch.randn(batch, 3, dtype=torch.float64)
    chunks = x.chunk(num_replicas)
    if min(len(c) for c in chunks) < 2:  # torch's BatchNorm refuses a chunk of one row
        return
    norm = nn.BatchNorm1d(3).double()
    got = data_parallel_apply(norm, x, num_replicas)
    expected = torch.cat([F.batch_norm(c, None, None, norm.weight, norm.bias, True) for c in chunks])
    torch.testing.assert_close(got, expected)
    reference = nn.BatchNorm1d(3).double()
    reference(chunks[0])  # only the first replica's buffers are the module's
    torch.testing.assert_close(norm.running_mean, reference.running_mean)
    torch.testing.assert_close(norm.running_var, reference.running_var)
    assert norm.num_batches_tracked.item() == 1


def test_data_parallel_on_the_cpu_is_the_module_and_so_is_one_replica():
    layer = nn.Linear(3, 2)
    x = torch.randn(4, 3)
    assert torch.equal(nn.DataParallel(layer)(x), data_parallel_apply(layer, x, 1))


def test_data_parallel_follows_the_device_and_scalar_outputs():
    layer = nn.Linear(3, 2, device="meta")
    out = data_parallel_apply(layer, torch.empty(5, 3, device="meta"), 2)
    assert out.device.type == "meta" and out.shape == (5, 2)

    class Mean(nn.Module):
        def forward(self, x):
            return x.mean()

    out = data_parallel_apply(Mean(), torch.arange(6.0), np.int64(3))
    assert torch.equal(out, torch.tensor([0.5, 2.5, 4.5]))
    assert torch.equal(data_parallel_apply(nn.Identity(), torch.arange(6.0).reshape(2, 3), 3, dim=-1),
                       torch.arange(6.0).reshape(2, 3))


# --- bad calls -------------------------------------------------------------------------


def _ok(rank, world_size):
    return rank


X = torch.randn(4, 3)
Y = torch.randn(4, 1)
LIN = nn.Linear(3, 1)


class ReturnsTuple(nn.Module):
    def forward(self, x):
        return x, x


class SumCols(nn.Module):
    def forward(self, x):
        return x.sum(1)


class ScalarOnce(nn.Module):  # 0-d for a 3-row chunk, 1-d for the others
    def forward(self, x):
        return x.sum() if len(x) == 3 else x.sum(0)


class RaggedOut(nn.Module):
    def forward(self, x):
        return x if len(x) == 3 else x[:, :2]


def _returns_a_lambda(rank, world_size):
    return lambda: rank


def _returns_a_float(output, target):
    return 1.0


BAD_CALLS = [
    Bad(run_workers, (42,), TypeError, r"fn must be callable, got int"),
    Bad(run_workers, (_ok, 2.0), TypeError, r"world_size must be an int, got float"),
    Bad(run_workers, (_ok, True), TypeError, r"world_size must be an int, got bool"),
    Bad(run_workers, (_ok, 0), ValueError, r"world_size must be >= 1, got 0"),
    Bad(run_workers, (_ok, 2**40), ValueError, r"world_size must be <= 64, got 1099511627776"),
    Bad(run_workers, (_ok, 2, 5), TypeError, r"args must be a tuple or list, got int"),
    Bad(run_workers, (_ok, 2, "ab"), TypeError, r"args must be a tuple or list, got str"),
    Bad(run_workers, (_ok,), TypeError, r"start_method must be a str, got int", {"start_method": 1}),
    Bad(run_workers, (_ok,), ValueError, r"start_method must be one of .*got 'thread'", {"start_method": "thread"}),
    Bad(run_workers, (_ok,), TypeError, r"timeout must be a number of seconds, got str", {"timeout": "1"}),
    Bad(run_workers, (_ok,), TypeError, r"timeout must be a number of seconds, got bool", {"timeout": True}),
    Bad(run_workers, (_ok,), ValueError, r"timeout must be a positive number of seconds, got 0", {"timeout": 0}),
    Bad(run_workers, (_ok,), ValueError, r"got nan", {"timeout": float("nan")}),
    Bad(run_workers, (lambda r, w: r,), TypeError, r"with start_method='spawn' fn and args must be picklable",
        {"start_method": "spawn"}),
    Bad(ddp_gradients, ("model", X, Y), TypeError, r"model must be a torch.nn.Module, got str"),
    Bad(ddp_gradients, (LIN, [[1.0]], Y), TypeError, r"inputs must be a torch.Tensor, got list"),
    Bad(ddp_gradients, (LIN, X, None), TypeError, r"targets must be a torch.Tensor, got NoneType"),
    Bad(ddp_gradients, (LIN, X, Y, 2.5), TypeError, r"world_size must be an int, got float"),
    Bad(ddp_gradients, (LIN, X, Y, 0), ValueError, r"world_size must be >= 1, got 0"),
    Bad(ddp_gradients, (LIN, X, Y, 2**40), ValueError, r"world_size must be <= 64"),
    Bad(ddp_gradients, (LIN, X, Y, 3), ValueError, r"world_size=3 must divide the batch size 4"),
    Bad(ddp_gradients, (LIN, X, Y, 2, "mse"), TypeError, r"loss_fn must be callable, got str"),
    Bad(ddp_gradients, (LIN, X[:0], Y[:0]), ValueError, r"inputs must hold at least one sample, got shape \(0, 3\)"),
    Bad(ddp_gradients, (LIN, torch.tensor(1.0), Y), ValueError, r"inputs must hold at least one sample, got shape \(\)"),
    Bad(ddp_gradients, (LIN, X, Y[:3]), ValueError, r"targets must have inputs' batch size 4, got shape \(3, 1\)"),
    Bad(ddp_gradients, (nn.ReLU(), X, Y), ValueError, r"model must have a parameter that requires grad"),
    Bad(ddp_gradients, (LIN, X.to("meta"), Y), ValueError, r"must be on the CPU for gloo, got \['meta'\]"),
    Bad(distributed_sampler_indices, (5.0, 2, 0), TypeError, r"n must be an int, got float"),
    Bad(distributed_sampler_indices, (True, 2, 0), TypeError, r"n must be an int, got bool"),
    Bad(distributed_sampler_indices, (-1, 2, 0), ValueError, r"n must be >= 0, got -1"),
    Bad(distributed_sampler_indices, (2**40, 2, 0), ValueError, r"n must be <= 2\*\*24 .*got 1099511627776"),
    Bad(distributed_sampler_indices, (5, 0, 0), ValueError, r"num_replicas must be >= 1, got 0"),
    Bad(distributed_sampler_indices, (5, "2", 0), TypeError, r"num_replicas must be an int, got str"),
    Bad(distributed_sampler_indices, (5, 2, 2), ValueError, r"rank must be in \[0, 1\] for num_replicas=2, got 2"),
    Bad(distributed_sampler_indices, (5, 2, -1), ValueError, r"rank must be in \[0, 1\].*got -1"),
    Bad(distributed_sampler_indices, (5, 2, 1.0), TypeError, r"rank must be an int, got float"),
    Bad(distributed_sampler_indices, (5, 2, 0, 1), TypeError, r"shuffle must be a bool, got int"),
    Bad(distributed_sampler_indices, (5, 2, 0, True, 0.5), TypeError, r"seed must be an int, got float"),
    Bad(distributed_sampler_indices, (5, 2, 0, True, 0, None), TypeError, r"epoch must be an int, got NoneType"),
    Bad(distributed_sampler_indices, (5, 2, 0, True, 0, 0, "no"), TypeError, r"drop_last must be a bool, got str"),
    Bad(distributed_sampler_indices, (5, 2, 0, True, 2**64 - 1, 1), ValueError,
        r"seed \+ epoch must be in \[-2\*\*63, 2\*\*64 - 1\], got 18446744073709551616"),
    Bad(data_parallel_apply, (lambda x: x, X, 2), TypeError, r"module must be a torch.nn.Module, got function"),
    Bad(data_parallel_apply, (LIN, [[1.0]], 2), TypeError, r"input must be a torch.Tensor, got list"),
    Bad(data_parallel_apply, (LIN, X, 2.0), TypeError, r"num_replicas must be an int, got float"),
    Bad(data_parallel_apply, (LIN, X, False), TypeError, r"num_replicas must be an int, got bool"),
    Bad(data_parallel_apply, (LIN, X, 0), ValueError, r"num_replicas must be >= 1, got 0"),
    Bad(data_parallel_apply, (LIN, torch.tensor(1.0), 2), ValueError, r"input must have a dimension to scatter along"),
    Bad(data_parallel_apply, (LIN, X, 2, 2), ValueError, r"dim must be in \[-2, 1\] for a 2-d tensor, got 2"),
    Bad(data_parallel_apply, (LIN, X, 2, 0.0), TypeError, r"dim must be an int, got float"),
    Bad(data_parallel_apply, (ReturnsTuple(), X, 2), TypeError, r"the module must return a tensor, got tuple"),
    Bad(data_parallel_apply, (LIN, X, 2**63), ValueError, r"num_replicas must be <= 1024, got 9223372036854775808"),
    Bad(data_parallel_apply, (LIN, X.to_sparse(), 2), TypeError, r"input must be a dense tensor, got a torch.sparse_coo one"),
    Bad(data_parallel_apply, (LIN, X.to("meta"), 2), ValueError, r"module's weight is on cpu but input on meta"),
    Bad(data_parallel_apply, (SumCols(), X, 2, 1), ValueError, r"dim=1 is out of range for the replicas' 1-d outputs of shape \(4,\)"),
    Bad(data_parallel_apply, (ScalarOnce(), torch.randn(5, 3), 2), ValueError, r"must all return 0-d tensors or none, got shapes \[\(\), \(3,\)\]"),
    Bad(data_parallel_apply, (RaggedOut(), torch.randn(5, 3), 2), ValueError,
        r"must match outside dim 0 to be gathered, replica 0 gave \(3, 3\) and replica 1 \(2, 2\)"),
    Bad(run_workers, (_ok,), ValueError, r"timeout must be <= 1e9 seconds, got 1e\+30", {"timeout": 1e30}),
    Bad(run_workers, (_returns_a_lambda, 1), TypeError, r"what fn returns must be picklable to travel back, got function"),
    Bad(ddp_gradients, (LIN, X.to_sparse(), Y), TypeError, r"inputs must be a dense tensor, got a torch.sparse_coo one"),
    Bad(ddp_gradients, (LIN, X, Y, 2, _returns_a_float), TypeError, r"loss_fn must return a tensor, got float"),
    Bad(ddp_gradients, (LIN, X, Y, 2, functools.partial(F.mse_loss, reduction="none")), ValueError,
        r"loss_fn must return one number, got shape \(2, 1\)"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
