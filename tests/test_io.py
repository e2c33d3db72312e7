"""save_checkpoint/load_checkpoint: a resumed run is the uninterrupted run, bit for bit."""

import io
import random
import tempfile

import numpy as np
import pytest
import torch
from badcalls import Bad, check, params
from torch import nn

from torchnotes.io import load_checkpoint, save_checkpoint


def _model():
    return nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Dropout(0.5), nn.BatchNorm1d(8), nn.Linear(8, 1))


def _train(model, opt, steps):
    """Every step draws from torch's, Python's and NumPy's generators, as real data pipelines do."""
    model.train()
    for _ in range(steps):
        x = torch.randn(4, 3) + random.random() + float(np.random.rand())
        loss = model(x).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


@pytest.mark.parametrize("make_opt", [
    lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9),
    lambda p: torch.optim.Adam(p, lr=0.01),
    lambda p: torch.optim.AdamW(p, lr=0.01, weight_decay=0.1),
], ids=["sgd-momentum", "adam", "adamw"])
def test_resume_equals_uninterrupted_training(make_opt, tmp_path):
    def seed():
        torch.manual_seed(0), random.seed(0), np.random.seed(0)
    seed()
    straight = _model()
    opt = make_opt(straight.parameters())
    _train(straight, opt, 4)

    seed()
    first = _model()
    opt = make_opt(first.parameters())
    _train(first, opt, 2)
    save_checkpoint(tmp_path / "ckpt.pt", first, opt, epoch=2)
    torch.manual_seed(123), random.seed(123), np.random.seed(123)  # a new process starts elsewhere
    resumed = _model()
    opt = make_opt(resumed.parameters())
    assert load_checkpoint(str(tmp_path / "ckpt.pt"), resumed, opt) == 2
    _train(resumed, opt, 2)

    for (name, a), b in zip(straight.state_dict().items(), resumed.state_dict().values()):
        assert torch.equal(a, b), name


def test_without_the_rng_states_the_resumed_run_differs(tmp_path):
    torch.manual_seed(0)
    a = _model()
    opt = torch.optim.SGD(a.parameters(), lr=0.1)
    save_checkpoint(tmp_path / "c.pt", a, opt)
    _train(a, opt, 2)
    b = _model()
    opt_b = torch.optim.SGD(b.parameters(), lr=0.1)
    load_checkpoint(tmp_path / "c.pt", b, opt_b, restore_rng=False)
    _train(b, opt_b, 2)
    assert not torch.equal(a[0].weight, b[0].weight)


def test_map_location_and_the_models_device():
    buffer = io.BytesIO()
    save_checkpoint(buffer, nn.Linear(2, 1))
    buffer.seek(0)
    ckpt = torch.load(buffer, map_location="meta")
    assert ckpt["model"]["weight"].device.type == "meta"
    buffer.seek(0)
    target = nn.Linear(2, 1)
    load_checkpoint(buffer, target, map_location="cpu")
    assert target.weight.device.type == "cpu"


def test_a_whole_pickled_model_is_refused_by_default():
    buffer = io.BytesIO()
    torch.save(nn.Linear(2, 1), buffer)
    buffer.seek(0)
    with pytest.raises(Exception, match="Weights only load failed"):
        torch.load(buffer)


def _file(obj):
    buffer = io.BytesIO()
    torch.save(obj, buffer)
    buffer.seek(0)
    return buffer


def _ckpt(model, opt=None):
    buffer = io.BytesIO()
    save_checkpoint(buffer, model, opt)
    buffer.seek(0)
    return buffer


lin = nn.Linear(2, 1)
sgd = torch.optim.SGD(lin.parameters(), lr=0.1)


class _Reader(io.RawIOBase):  # a binary file open for reading only
    def readable(self):
        return True


class _Writer(io.RawIOBase):  # a binary file open for writing only
    def writable(self):
        return True


def test_a_failed_load_leaves_the_model_as_it_was():
    # every check runs before load_state_dict, so a bad optimizer state changes nothing
    model = nn.Linear(2, 1)
    before = {k: v.clone() for k, v in model.state_dict().items()}
    two_groups = torch.optim.SGD([{"params": [model.weight]}, {"params": [model.bias]}], lr=0.1)
    with pytest.raises(ValueError, match="optimizer state does not fit optimizer"):
        load_checkpoint(_ckpt(nn.Linear(2, 1), torch.optim.SGD(nn.Linear(2, 1).parameters(), lr=0.1)), model, two_groups)
    assert all(torch.equal(v, model.state_dict()[k]) for k, v in before.items())

BAD_CALLS = [
    Bad(save_checkpoint, (3, lin), TypeError, r"save_checkpoint\(\): path must be a str, os.PathLike or binary file object, got int"),
    Bad(save_checkpoint, (io.BytesIO(), lin.state_dict()), TypeError, r"model must be a torch.nn.Module, got OrderedDict"),
    Bad(save_checkpoint, (io.BytesIO(), lin, "sgd"), TypeError, r"optimizer must be a torch.optim.Optimizer or None, got str"),
    Bad(save_checkpoint, (io.BytesIO(), lin, sgd, 1.5), TypeError, r"epoch must be an int, got float"),
    Bad(save_checkpoint, (io.BytesIO(), lin, sgd, True), TypeError, r"epoch must be an int, got bool"),
    Bad(save_checkpoint, (io.BytesIO(), lin, sgd, -1), ValueError, r"epoch must be >= 0, got -1"),
    Bad(save_checkpoint, ("/nonexistent/dir/c.pt", lin), ValueError, r"the folder of path does not exist, got '/nonexistent/dir/c.pt'"),
    Bad(load_checkpoint, (None, lin), TypeError, r"load_checkpoint\(\): path must be a str, os.PathLike or binary file object, got NoneType"),
    Bad(load_checkpoint, (_ckpt(lin), "model"), TypeError, r"model must be a torch.nn.Module, got str"),
    Bad(load_checkpoint, (_ckpt(lin), lin, sgd.state_dict()), TypeError, r"optimizer must be a torch.optim.Optimizer or None, got dict"),
    Bad(load_checkpoint, (_ckpt(lin), lin), TypeError, r"restore_rng must be a bool, got int", {"restore_rng": 1}),
    Bad(load_checkpoint, (_ckpt(lin), lin), TypeError, r"map_location must be None, a str, a torch.device, a dict or a callable, as torch.load takes it, got int", {"map_location": 5}),
    Bad(load_checkpoint, (_ckpt(lin), lin), ValueError, r"map_location='nonsense', weights_only=True\) refused it: don't know how to restore data location", {"map_location": "nonsense"}),
    Bad(load_checkpoint, (_file(lin.state_dict()), lin), ValueError, r"must hold a save_checkpoint dict with keys \['epoch', 'model', 'optimizer', 'rng'\], got \['bias', 'weight'\]"),
    Bad(load_checkpoint, (_file(torch.ones(2)), lin), ValueError, r"got Tensor"),
    Bad(load_checkpoint, (_ckpt(nn.Linear(3, 1)), lin), ValueError, r"differs \['weight: shape \(1, 3\) vs \(1, 2\)'\]"),
    Bad(load_checkpoint, (_ckpt(nn.Linear(2, 1, bias=False)), lin), ValueError, r"missing \['bias'\]"),
    Bad(load_checkpoint, (_ckpt(nn.Sequential(nn.Linear(2, 1))), lin), ValueError, r"unexpected \['0.bias', '0.weight'\]"),
    Bad(load_checkpoint, (_file(lin), lin), ValueError, r"torch.load\(path, map_location=None, weights_only=True\) refused it: Weights only load failed"),
    Bad(load_checkpoint, (io.BytesIO(b"not a torch file"), lin), ValueError, r"torch.load\(path, map_location=None, weights_only=True\) refused it"),
    Bad(load_checkpoint, (_ckpt(lin), lin, sgd), ValueError, r"optimizer was given but the checkpoint holds no optimizer state"),
    Bad(save_checkpoint, (tempfile.gettempdir(), lin), ValueError, r"path is a folder, not a file, got '.*'"),
    Bad(save_checkpoint, (io.StringIO(), lin), TypeError, r"path must be a binary file object, got a text file"),
    Bad(save_checkpoint, (_Reader(), lin), ValueError, r"path is a file object not open for writing"),
    Bad(load_checkpoint, (_Writer(), lin), ValueError, r"path is a file object not open for reading"),
    Bad(load_checkpoint, (io.BytesIO(), lin), ValueError, r"weights_only=True\) refused it: EOFError"),
    Bad(load_checkpoint, (_file({"model": 1, "optimizer": None, "epoch": 0, "rng": {}}), lin), ValueError,
        r"not a checkpoint of save_checkpoint: model is int, not a state_dict; rng does not hold"),
    Bad(load_checkpoint, (_file({"model": lin.state_dict(), "optimizer": 5, "epoch": "x", "rng": {}}), lin), ValueError,
        r"optimizer is int, not an optimizer state_dict; epoch is str, not an int$", {"restore_rng": False}),
    Bad(load_checkpoint, (_file({"model": {"weight": 3, "bias": lin.bias}, "optimizer": None, "epoch": 0, "rng": {}}), lin),
        ValueError, r"differs \['weight: int vs a tensor'\]", {"restore_rng": False}),
    Bad(load_checkpoint, (_ckpt(lin), lin), ValueError,
        r"differs \['bias: on meta, which holds no values, vs cpu', 'weight: on meta", {"map_location": "meta"}),
    Bad(load_checkpoint, (_ckpt(lin, sgd), lin, torch.optim.SGD([{"params": [lin.weight]}, {"params": [lin.bias]}], lr=0.1)),
        ValueError, r"optimizer state does not fit optimizer: parameters per group \[2\] vs \[1, 1\]"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
