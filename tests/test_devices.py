"""devices: pick_device follows torch's availability functions; move_batch, cuda_memory and
elapsed_ms do what torch does on a machine without a GPU, and refuse bad arguments."""

import collections
import warnings
from itertools import product

import numpy as np
import pytest
import torch
from badcalls import Bad, check, params

from torchnotes.devices import cuda_memory, elapsed_ms, move_batch, pick_device


@pytest.mark.parametrize("cuda, mps", list(product([False, True], repeat=2)))
def test_pick_device_follows_torch_availability(monkeypatch, cuda, mps):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: cuda)
    monkeypatch.setattr(torch.backends.mps, "is_available", lambda: mps)
    expected = "cuda" if cuda else "mps" if mps else "cpu"
    assert pick_device() == torch.device(expected)
    assert pick_device(["mps", "cuda", "cpu"]) == torch.device("mps" if mps else expected)
    assert pick_device("cpu") == torch.device("cpu")
    if not cuda:
        with pytest.raises(ValueError, match=r"none of \('cuda',\) is available"):
            pick_device("cuda")
    else:
        assert pick_device(("cuda",)).type == "cuda"


def test_pick_device_on_this_machine_matches_the_idiom():
    idiom = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    assert pick_device(("cuda", "cpu")) == idiom


Pair = collections.namedtuple("Pair", "x y")


def test_move_batch_keeps_structure_and_moves_every_tensor():
    batch = {"a": [torch.ones(2), (torch.zeros(1), 3)], "p": Pair(torch.ones(1), None),
             "o": collections.OrderedDict(k=torch.arange(3))}
    moved = move_batch(batch, torch.device("meta"), non_blocking=True)
    assert type(moved["p"]) is Pair and type(moved["o"]) is collections.OrderedDict
    assert type(moved["a"][1]) is tuple and moved["a"][1][1] == 3 and moved["p"].y is None
    flat = [moved["a"][0], moved["a"][1][0], moved["p"].x, moved["o"]["k"]]
    assert all(t.device.type == "meta" for t in flat)
    assert [t.dtype for t in flat] == [torch.float32, torch.float32, torch.float32, torch.int64]
    same = move_batch(batch, "cpu")
    assert same["a"][0] is batch["a"][0]  # .to() returns the tensor itself when nothing moves


def test_move_batch_equals_tree_map_of_to():
    from torch.utils._pytree import tree_map

    batch = [{"x": torch.ones(2)}, (torch.zeros(3), 1)]
    expected = tree_map(lambda t: t.to("meta") if isinstance(t, torch.Tensor) else t, batch)
    got = move_batch(batch, "meta")
    assert got[1][1] == expected[1][1]
    assert got[0]["x"].device == expected[0]["x"].device and got[1][0].shape == expected[1][0].shape


@pytest.mark.skipif(torch.cuda.is_available(), reason="shows the no-CUDA answers")
def test_cuda_memory_reports_what_torch_reports_without_cuda():
    zero = {"allocated": 0, "reserved": 0, "cached": 0}
    assert torch.cuda.memory_allocated() == 0 and torch.cuda.memory_reserved() == 0
    for device in (None, 0, np.int64(0), "cuda", "cuda:0", torch.device("cuda", 0)):
        assert cuda_memory(device) == zero
    torch.cuda.empty_cache()  # a no-op without CUDA
    assert cuda_memory() == zero


def test_cuda_memory_cached_is_reserved_minus_allocated(monkeypatch):
    monkeypatch.setattr(torch.cuda, "memory_allocated", lambda device=None: 512)
    monkeypatch.setattr(torch.cuda, "memory_reserved", lambda device=None: 2048)
    assert cuda_memory() == {"allocated": 512, "reserved": 2048, "cached": 1536}


def test_elapsed_ms_on_the_cpu():
    calls = []
    ms = elapsed_ms(lambda: calls.append(1))
    assert calls == [1] and isinstance(ms, float) and ms >= 0
    assert elapsed_ms(lambda: None, torch.device("cpu")) >= 0


def test_without_cuda_streams_refuse_and_pin_memory_raises():
    if torch.cuda.is_available():
        pytest.skip("shows the no-CUDA behaviour")
    with pytest.raises(RuntimeError):
        torch.cuda.Stream()
    with pytest.raises(RuntimeError):
        torch.ones(2).pin_memory()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        batch = next(iter(torch.utils.data.DataLoader(torch.arange(4.0), batch_size=2, pin_memory=True)))
    assert not batch.is_pinned()
    assert any("no accelerator is found" in str(w.message) for w in caught)


X = torch.ones(2)
with warnings.catch_warnings():  # quantized dtypes are deprecated, but tensors of them still exist
    warnings.simplefilter("ignore")
    QUANTIZED = torch.quantize_per_tensor(torch.ones(2), 0.1, 0, torch.quint8)


def test_move_batch_keeps_every_sequence_and_mapping_type():
    class Pair(list):  # a list type that cannot be built from one iterable
        def __init__(self, a, b):
            super().__init__([a, b])

    batch = {
        "d": collections.defaultdict(list, x=X),
        "q": collections.deque([X, "id"]),
        "p": Pair(X, 3),
    }
    moved = move_batch(batch, "meta")
    assert type(moved["d"]) is collections.defaultdict and moved["d"].default_factory is list
    assert type(moved["q"]) is collections.deque and moved["q"][0].is_meta and moved["q"][1] == "id"
    assert type(moved["p"]) is Pair and moved["p"][0].is_meta and moved["p"][1] == 3
    assert batch["q"][0].device.type == "cpu"  # the caller's containers are not changed


BAD_CALLS = [
    Bad(pick_device, (5,), TypeError, r"prefer must be a device type or a sequence of them, got 5"),
    Bad(pick_device, ([torch.device("cuda")],), TypeError, r"prefer must be a device type or a sequence"),
    Bad(pick_device, ((),), ValueError, r"prefer must name at least one device type, got \(\)"),
    Bad(pick_device, ("cuda:0",), ValueError, r"prefer must hold device types from .*, got 'cuda:0'"),
    Bad(pick_device, ("gpu",), ValueError, r"prefer must hold device types from .*, got 'gpu'"),
    Bad(move_batch, (X, 0), TypeError, r"device must be a str or torch.device, got int"),
    Bad(move_batch, (X, "gpu"), ValueError, r"device 'gpu' is not a device"),
    Bad(move_batch, (X, "cpu"), TypeError, r"non_blocking must be a bool, got int", {"non_blocking": 1}),
    Bad(move_batch, ({X}, "cpu"), TypeError, r"batch must not contain a set"),
    Bad(cuda_memory, ("cpu",), ValueError, r"device must be a CUDA device, got cpu"),
    Bad(cuda_memory, ("meta",), ValueError, r"device must be a CUDA device, got meta"),
    Bad(cuda_memory, (-1,), ValueError, r"device index must be in \[0, 127\], got -1"),
    Bad(cuda_memory, (128,), ValueError, r"device index must be in \[0, 127\], got 128"),
    Bad(cuda_memory, (2**63,), ValueError, r"device index must be in \[0, 127\], got 9223372036854775808"),
    Bad(cuda_memory, ("cuda:300",), ValueError, r"device 'cuda:300' has an index above 127, which torch wraps to cuda:44"),
    Bad(move_batch, (X, "cpu:200"), ValueError, r"device 'cpu:200' has an index above 127, which torch wraps to cpu:-56"),
    Bad(elapsed_ms, (lambda: None, "cuda:128"), ValueError, r"device 'cuda:128' has an index above 127"),
    Bad(move_batch, ([QUANTIZED], "meta"), TypeError, r"batch\[0\] is a quantized tensor, which torch cannot move to meta"),
    Bad(cuda_memory, (True,), TypeError, r"device must be an int, str, torch.device or None, got bool"),
    Bad(cuda_memory, (0.0,), TypeError, r"device must be an int, str, torch.device or None, got float"),
    Bad(cuda_memory, ("cuda:x",), ValueError, r"device 'cuda:x' is not a device"),
    Bad(elapsed_ms, (None,), TypeError, r"fn must be callable, got NoneType"),
    Bad(elapsed_ms, (lambda: None, 0), TypeError, r"device must be a str or torch.device, got int"),
    Bad(elapsed_ms, (lambda: None, "meta"), ValueError, r"device must be the CPU or a CUDA device, got meta"),
    Bad(elapsed_ms, (lambda: None, "tpu"), ValueError, r"device 'tpu' is not a device"),
]
if not torch.cuda.is_available():
    BAD_CALLS.append(
        Bad(elapsed_ms, (lambda: None, "cuda"), ValueError, r"device is cuda but CUDA is not available")
    )
    BAD_CALLS.append(
        Bad(move_batch, ([X], "cuda:1"), ValueError, r"device is cuda:1 but cuda is not available")
    )


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
