"""Dataset, DataLoader, collate_fn and Vocab helpers, each proven against torch.utils.data."""

import collections

import numpy as np
import pytest
import torch
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st
from torch.utils.data import DataLoader
from torch.utils.data import default_collate as torch_collate

from torchnotes.data import RangeStream, Vocab, batch_indices, default_collate

Point = collections.namedtuple("Point", "x y")

# default_collate is proven on samples of these tensor dtypes (and on Python/NumPy numbers,
# str, dicts, tuples, lists and namedtuples); sparse and nested tensors are refused.
TENSOR_DTYPES = [torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.int64,
                 torch.int32, torch.uint8, torch.bool, torch.complex64]


@given(n=st.integers(0, 12), batch_size=st.integers(1, 5), shuffle=st.booleans(),
       drop_last=st.booleans(), seed=st.integers(0, 2**31), own_generator=st.booleans())
def test_batch_indices_are_the_loaders(n, batch_size, shuffle, drop_last, seed, own_generator):
    if shuffle and n == 0:
        return  # both refuse it (bad-call row and test below)
    def gen():
        return torch.Generator().manual_seed(seed) if own_generator else None
    torch.manual_seed(seed)
    loader = DataLoader(range(n), batch_size=batch_size, shuffle=shuffle, drop_last=drop_last, generator=gen())
    expected = [b.tolist() for b in loader]
    after_loader = torch.rand(1)
    torch.manual_seed(seed)
    got = batch_indices(n, batch_size, shuffle, drop_last, gen())
    assert got == expected and len(got) == len(loader)
    assert torch.equal(torch.rand(1), after_loader)  # the global generator is left where the loader leaves it


def test_empty_dataset_with_shuffle_is_refused_by_both():
    with pytest.raises(ValueError, match="num_samples should be a positive integer"):
        DataLoader(range(0), shuffle=True)
    with pytest.raises(ValueError, match="n must be >= 1 with shuffle=True"):
        batch_indices(0, shuffle=True)


@pytest.mark.parametrize("workers", [0, 2])
def test_range_stream_yields_every_number_once_with_workers(workers):
    ctx = "fork" if workers else None
    got = [int(x) for x in DataLoader(RangeStream(2, 9), batch_size=None, num_workers=workers,
                                      multiprocessing_context=ctx)]
    assert sorted(got) == list(range(2, 9))


def test_an_iterable_dataset_that_ignores_workers_repeats_itself():
    class Naive(torch.utils.data.IterableDataset):
        def __iter__(self):
            return iter(range(3))
    got = sorted(int(x) for x in DataLoader(Naive(), batch_size=None, num_workers=2, multiprocessing_context="fork"))
    assert got == [0, 0, 1, 1, 2, 2]


def test_range_stream_has_no_len():
    with pytest.raises(TypeError):
        len(RangeStream(0, 3))
    assert list(RangeStream(np.int64(1), torch.tensor(3))) == [1, 2]


def _equal(a, b):
    if isinstance(a, torch.Tensor):
        return isinstance(b, torch.Tensor) and a.dtype == b.dtype and a.shape == b.shape and torch.equal(a, b)
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_equal(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(_equal(x, y) for x, y in zip(a, b))
    return a == b


leaves = st.one_of(
    st.integers(-(2**40), 2**40), st.floats(-1e6, 1e6, allow_nan=False), st.booleans(),
    st.text(max_size=3), st.sampled_from(TENSOR_DTYPES).map(lambda d: ("tensor", d)),
    st.sampled_from([np.float32, np.int16, np.float64]).map(lambda d: ("ndarray", d)),
)


def _sample(template, i):
    """Sample ``i`` of a batch whose structure ``template`` fixes (the values vary with ``i``)."""
    if isinstance(template, tuple) and template and template[0] in ("tensor", "ndarray"):
        base = np.arange(3) + i
        if template[0] == "ndarray":
            return base.astype(template[1])
        return torch.tensor(base).to(template[1])
    if isinstance(template, dict):
        return {k: _sample(v, i) for k, v in template.items()}
    if isinstance(template, list):
        return [_sample(v, i) for v in template]
    if isinstance(template, Point):
        return Point(*(_sample(v, i) for v in template))
    if isinstance(template, tuple):
        return tuple(_sample(v, i) for v in template)
    if isinstance(template, bool):
        return bool((i + template) % 2)
    if isinstance(template, (int, float)):
        return template + i
    return template + str(i)


structures = st.recursive(
    leaves,
    lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=3),
        st.lists(inner, min_size=1, max_size=3).map(tuple),
        st.dictionaries(st.sampled_from("abc"), inner, min_size=1, max_size=3),
        st.tuples(inner, inner).map(lambda t: Point(*t)),
    ),
    max_leaves=6,
)


@given(template=structures, n=st.integers(1, 4))
def test_default_collate_equals_torch(template, n):
    batch = [_sample(template, i) for i in range(n)]
    assert _equal(default_collate(batch), torch_collate(batch))


def test_default_collate_infers_number_dtypes_from_the_first_sample():
    for batch in ([1, 2.5], [2.5, 1], [True, 2], [np.float32(1), np.float32(2)], [np.int8(1), np.int8(2)]):
        assert _equal(default_collate(batch), torch_collate(batch))
    assert default_collate([1, 2.5]).dtype == torch.float32 and default_collate([2.5, 1]).dtype == torch.float64


def test_default_collate_on_the_meta_device():
    out = default_collate([torch.empty(2, device="meta"), torch.empty(2, device="meta")])
    assert out.device.type == "meta" and out.shape == (2, 2)


@given(words=st.lists(st.sampled_from("abcdefg"), max_size=30), max_size=st.integers(2, 9),
       min_freq=st.integers(1, 3))
def test_vocab_max_size_keeps_the_most_frequent(words, max_size, min_freq):
    full = Vocab(words, min_freq=min_freq)
    capped = Vocab(words, min_freq=min_freq, max_size=max_size)
    assert capped.itos == full.itos[:max_size] and len(capped) <= max_size


def test_vocab_save_load_round_trips(tmp_path):
    for vocab in (Vocab("b a c a 中 b a".split(), max_size=4), Vocab(["x"], specials=("<unk>",), pad=None)):
        path = tmp_path / "v.json"
        vocab.save(path)
        loaded = Vocab.load(str(path))
        assert (loaded.itos, loaded.stoi, loaded.unk_id, loaded.pad_id) == (
            vocab.itos, vocab.stoi, vocab.unk_id, vocab.pad_id)


def _bad_json(tmp_path_factory_name, text):
    import tempfile
    from pathlib import Path
    path = Path(tempfile.mkdtemp()) / tmp_path_factory_name
    path.write_text(text, encoding="utf-8")
    return path


def _bad_bytes(name, data):
    import tempfile
    from pathlib import Path
    path = Path(tempfile.mkdtemp()) / name
    path.write_bytes(data)
    return path


def test_default_collate_numbers_and_sequences_as_torch():
    # an int among floats only has to be a float; any sequence is a batch, as in torch
    for batch in ([1, 2.5, 2**70], [1.5, 2**70], [1.5, -(2**64)], collections.deque([1, 2]), range(3)):
        ours, theirs = default_collate(batch), torch_collate(batch)
        assert ours.dtype == theirs.dtype and torch.equal(ours, theirs)
    assert torch.equal(default_collate([np.ones(2), [1.0, 2.0]]), torch_collate([np.ones(2), [1.0, 2.0]]))


vocab = Vocab("a b b".split())

BAD_CALLS = [
    Bad(batch_indices, (2.0,), TypeError, r"batch_indices\(\): n must be an int, got float"),
    Bad(batch_indices, (True,), TypeError, r"n must be an int, got bool"),
    Bad(batch_indices, (-1,), ValueError, r"n must be >= 0, got -1"),
    Bad(batch_indices, (4, 0), ValueError, r"batch_size must be >= 1, got 0"),
    Bad(batch_indices, (4, 2.5), TypeError, r"batch_size must be an int, got float"),
    Bad(batch_indices, (4,), TypeError, r"shuffle must be a bool, got int", {"shuffle": 1}),
    Bad(batch_indices, (4,), TypeError, r"drop_last must be a bool, got NoneType", {"drop_last": None}),
    Bad(batch_indices, (4,), TypeError, r"generator must be a CPU torch.Generator or None, got int", {"generator": 0}),
    Bad(batch_indices, (0,), ValueError, r"n must be >= 1 with shuffle=True, got 0", {"shuffle": True}),
    Bad(batch_indices, (2**40,), ValueError, r"n must be <= 2\*\*24 since every index is listed, got 1099511627776"),
    Bad(batch_indices, (4,), TypeError, r"shuffle must be a bool, got str", {"shuffle": "yes"}),
    Bad(RangeStream, (0.5, 3), TypeError, r"RangeStream\(\): start must be an int, got float"),
    Bad(RangeStream, (0, "3"), TypeError, r"end must be an int, got str"),
    Bad(RangeStream, (0, False), TypeError, r"end must be an int, got bool"),
    Bad(RangeStream, (5, 3), ValueError, r"end must be >= start=5, got 3"),
    Bad(default_collate, ([],), ValueError, r"batch must be a non-empty list of samples, got an empty one"),
    Bad(default_collate, (torch.ones(3),), TypeError, r"batch must be a list of samples, got a torch.float32 tensor"),
    Bad(default_collate, ("ab",), TypeError, r"batch must be a list of samples, got str"),
    Bad(default_collate, ([torch.ones(2), torch.ones(3)],), ValueError, r"batch\[0\] has \(2,\) and batch\[1\] has \(3,\)"),
    Bad(default_collate, ([torch.ones(2), 1],), TypeError, r"batch\[1\] must be a tensor like batch\[0\], got int"),
    Bad(default_collate, ([torch.ones(2).to_sparse()] * 2,), TypeError, r"sparse_coo tensor, which default_collate does not batch"),
    Bad(default_collate, ([None, None],), TypeError, r"batch\[0\] must be a tensor, NumPy array, number, str, mapping or sequence, got NoneType"),
    Bad(default_collate, ([np.array(["a"]), np.array(["b"])],), TypeError, r"NumPy array of <U1, which has no tensor dtype"),
    Bad(default_collate, ([[1, 2], [3]],), ValueError, r"batch\[1\] has length 1"),
    Bad(default_collate, ([{"a": 1}, {"b": 2}],), ValueError, r"batch\[1\] lacks the key 'a' of batch\[0\]"),
    Bad(default_collate, ([1, "a"],), TypeError, r"batch\[1\] must be a number like batch\[0\], got str"),
    Bad(default_collate, ([1, 2**70],), ValueError, r"batch\[1\]=1180591620717411303424 does not fit int64"),
    Bad(default_collate, ([(torch.ones(1), 1), (torch.ones(2), 2)],), ValueError, r"batch\[\*\]\[0\]\[0\] has \(1,\) and batch\[\*\]\[0\]\[1\] has \(2,\)"),
    Bad(Vocab, (["a"],), TypeError, r"max_size must be an int, got float", {"max_size": 3.0}),
    Bad(Vocab, (["a"],), ValueError, r"max_size must be >= len\(specials\)=2, got 1", {"max_size": 1}),
    Bad(Vocab, (["a"],), TypeError, r"max_size must be an int, got bool", {"max_size": True}),
    Bad(Vocab.save, (vocab, 3), TypeError, r"Vocab.save\(\): path must be a str or os.PathLike, got int"),
    Bad(Vocab.save, (vocab, "/nonexistent/dir/v.json"), ValueError, r"the folder of path does not exist, got '/nonexistent/dir/v.json'"),
    Bad(Vocab.save, (vocab, "."), ValueError, r"Vocab.save\(\): path is a folder, not a file, got '.'"),
    Bad(Vocab.load, (None,), TypeError, r"Vocab.load\(\): path must be a str or os.PathLike, got NoneType"),
    Bad(Vocab.load, (_bad_json("a.json", "not json"),), ValueError, r"is not JSON"),
    Bad(Vocab.load, (_bad_json("b.json", '{"itos": ["a", "a"], "unk": "a", "pad": null}'),), ValueError, r"must hold \{'itos': \[distinct str\]"),
    Bad(Vocab.load, (_bad_json("c.json", '["<unk>"]'),), ValueError, r"as Vocab.save writes"),
    Bad(Vocab.load, (_bad_json("d.json", '{"itos": ["<unk>"], "unk": "<pad>", "pad": null}'),), ValueError, r"unk and pad in itos"),
    Bad(Vocab.load, (_bad_bytes("e.json", b"\xff\xfe"),), ValueError, r"e.json' is not JSON \('utf-8' codec can't decode"),
    Bad(Vocab.load, (_bad_json("f.json", "[" * 100_000),), ValueError, r"f.json' is not JSON \(maximum recursion depth"),
    Bad(default_collate, ([np.array(["2020-01-01"], dtype="datetime64[D]")] * 2,), TypeError,
        r"batch\[0\] is a NumPy array of datetime64\[D\], which has no tensor dtype"),
    Bad(default_collate, ([np.ones(2), np.ones(2, dtype=np.longdouble)],), TypeError,
        r"batch\[1\] is a NumPy array of float128, which has no tensor dtype"),
    Bad(default_collate, ([np.arange(3)[::-1]] * 2,), ValueError, r"batch\[0\] is a NumPy array with negative strides"),
    Bad(default_collate, ([np.int64(1), "a"],), TypeError, r"batch holds NumPy scalars torch.as_tensor cannot make a tensor of \(int64, str\)"),
    Bad(default_collate, ([np.int64(1), None],), TypeError, r"cannot make a tensor of \(NoneType, int64\)"),
    Bad(default_collate, ([1.5, 2**1100],), ValueError, r"batch\[1\]=\d+ does not fit a float"),
    Bad(default_collate, ([[1, 2], "ab"],), ValueError, r"every sample must have batch\[0\]'s length 2, batch\[1\] has str"),
    Bad(default_collate, (collections.deque(),), ValueError, r"batch must be a non-empty list of samples"),
    Bad(default_collate, ((x for x in [1]),), TypeError, r"batch must be a list of samples, got generator"),
    Bad(default_collate, ([{"a": 1}, [1]],), TypeError, r"batch\[1\] must be a mapping like batch\[0\], got list of int"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
