import functools
import pickle
import warnings

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st
from torch.utils.data import DataLoader, Subset, default_collate

from torchnotes.data import TextDataset, Vocab, pad_collate

# Sample dtypes pad_collate is proven on: it promotes them as torch.stack does.
SAMPLE_DTYPES = [
    torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8, torch.bool,
    torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.complex64,
]


@given(n=st.integers(0, 40), seq_len=st.integers(1, 8), stride=st.integers(1, 8))
def test_windows_match_a_brute_force_cut(n, seq_len, stride):
    ids = torch.arange(n) * 10
    ds = TextDataset(ids, seq_len=seq_len, stride=stride)
    starts = [s for s in range(0, n, stride) if s + seq_len + 1 <= n]
    assert len(ds) == len(starts)
    for i, s in enumerate(starts):
        x, y = ds[i]
        assert torch.equal(x, ids[s : s + seq_len]) and torch.equal(y, ids[s + 1 : s + seq_len + 1])
        assert torch.equal(y[:-1], x[1:])  # the target is the input one step ahead
    if starts:
        assert torch.equal(ds[-1][0], ds[len(ds) - 1][0])


def test_dataset_iterates_and_stops():
    ds = TextDataset(torch.arange(9), seq_len=4)
    assert [x.tolist() for x, _ in ds] == [[0, 1, 2, 3], [4, 5, 6, 7]]
    # IndexError, not ValueError: it is the sequence protocol that ends the loop above
    with pytest.raises(IndexError, match="window 2 is out of range for 2 windows"):
        ds[2]
    with pytest.raises(IndexError, match="window -3 is out of range for 2 windows"):
        ds[-3]
    with pytest.raises(IndexError, match="window 0 is out of range for 0 windows"):
        TextDataset(torch.arange(3), seq_len=4)[0]


def test_dataset_takes_integer_likes():
    ds = TextDataset(torch.arange(10), seq_len=np.int64(3), stride=torch.tensor(2))
    assert (ds.seq_len, ds.stride) == (3, 2) and type(ds.seq_len) is int
    for idx in (np.int64(1), np.uint8(1), torch.tensor(1), torch.tensor([1], dtype=torch.int32)):
        assert ds[idx][0].tolist() == [2, 3, 4]


def test_nested_samples_are_refused_as_not_dense():
    with warnings.catch_warnings():  # the strided nested layout is a prototype
        warnings.simplefilter("ignore")
        nested = torch.nested.nested_tensor([torch.arange(3), torch.arange(2)])
    with pytest.raises(TypeError, match=r"batch\[0\] must be a dense tensor, got a nested one"):
        pad_collate([nested])
    with pytest.raises(TypeError, match=r"ids must be a dense tensor, got a nested one"):
        TextDataset(nested, 2)


def test_subset_with_a_numpy_permutation_in_a_dataloader():
    ds = TextDataset(torch.arange(20), seq_len=3)
    order = np.random.default_rng(0).permutation(len(ds))
    batches = list(DataLoader(Subset(ds, order), batch_size=2))
    firsts = torch.cat([x[:, 0] for x, _ in batches]).tolist()
    assert firsts == [int(i) * 3 for i in order]


def test_dataset_on_the_meta_device():
    x, y = TextDataset(torch.empty(10, dtype=torch.long, device="meta"), seq_len=4)[1]
    assert x.device.type == y.device.type == "meta" and x.shape == y.shape == (4,)


def test_vocab_is_deterministic_and_round_trips():
    tokens = "b a c a b a".split()
    vocab = Vocab(tokens)
    assert vocab.itos == ["<pad>", "<unk>", "a", "b", "c"]  # frequency, then alphabetical
    assert vocab.decode(vocab.encode(tokens)) == tokens
    assert vocab["zzz"] == vocab.unk_id and "a" in vocab and "zzz" not in vocab
    assert [1] not in vocab and 2 not in vocab  # membership never raises
    assert Vocab(tokens, min_freq=2).itos == ["<pad>", "<unk>", "a", "b"]
    assert Vocab(iter(tokens), min_freq=np.int64(3)).itos == ["<pad>", "<unk>", "a"]


def test_vocab_without_a_padding_token_says_so():
    vocab = Vocab(["a"], specials=("<unk>",), pad=None)
    assert vocab.pad_id is None and vocab.unk_id == 0
    custom = Vocab(["a"], specials=("[PAD]", "[UNK]"), unk="[UNK]", pad="[PAD]")
    assert (custom.pad_id, custom.unk_id) == (0, 1)
    with pytest.raises(TypeError, match=r"pad_id must be an int, got NoneType"):
        pad_collate([torch.tensor([1])], pad_id=vocab.pad_id)


def test_vocab_decode_takes_integer_likes():
    vocab = Vocab("a b c".split())
    ids = [np.int64(2), torch.tensor(3), torch.tensor([4], dtype=torch.int32), np.uint8(0)]
    assert vocab.decode(ids) == ["a", "b", "c", "<pad>"]
    assert vocab.decode(torch.tensor([2, 3], dtype=torch.int16)) == ["a", "b"]
    assert vocab.decode(np.array([4, 2])) == ["c", "a"]
    assert vocab.decode(x for x in [2]) == ["a"]


@given(
    lengths=st.lists(st.integers(1, 6), min_size=1, max_size=5),
    paired=st.booleans(),
    dtypes=st.lists(st.sampled_from(SAMPLE_DTYPES), min_size=5, max_size=5),
)
def test_pad_collate_pads_and_masks(lengths, paired, dtypes):
    samples = [torch.arange(1, n + 1).to(dtypes[i]) for i, n in enumerate(lengths)]
    batch = [(s, s.flip(0)) for s in samples] if paired else samples
    expected_dtype = functools.reduce(torch.promote_types, [s.dtype for s in samples])
    # -100 fits every promoted dtype but uint8 and bool, which refuse it (tested below)
    label_pad = 0 if expected_dtype in (torch.uint8, torch.bool) else -100
    out = pad_collate(batch, pad_id=0, label_pad_id=label_pad)
    width = max(lengths)
    assert out["input_ids"].shape == out["attention_mask"].shape == (len(lengths), width)
    assert out["attention_mask"].dtype == torch.int64
    assert out["input_ids"].dtype == expected_dtype
    for row, n in enumerate(lengths):
        assert out["attention_mask"][row].tolist() == [1] * n + [0] * (width - n)
        assert torch.equal(out["input_ids"][row, :n], samples[row].to(expected_dtype))
        assert (out["input_ids"][row, n:] == 0).all()
    if paired:
        assert out["labels"].dtype == expected_dtype
        assert (out["labels"][out["attention_mask"] == 0] == label_pad).all()
    else:
        assert "labels" not in out


@given(
    n=st.integers(1, 5),
    size=st.integers(0, 4),
    dtypes=st.lists(st.sampled_from(SAMPLE_DTYPES), min_size=5, max_size=5),
    seed=st.integers(0, 2**16),
)
def test_equal_lengths_collate_like_default_collate(n, size, dtypes, seed):
    """With nothing to pad, the batch is exactly torch.stack's, dtype promotion included."""
    g = torch.Generator().manual_seed(seed)
    samples = [(torch.randn(size, generator=g) * 50).to(dtypes[i]) for i in range(n)]
    got = pad_collate(samples, pad_id=0)["input_ids"]
    expected = default_collate(samples)
    assert got.dtype == expected.dtype and torch.equal(got, expected)


def test_pad_collate_promotes_instead_of_truncating():
    out = pad_collate([torch.tensor([1], dtype=torch.int32), torch.tensor([2**40])])
    assert out["input_ids"].dtype == torch.int64 and out["input_ids"][1, 0] == 2**40


def test_pad_collate_follows_the_samples_device():
    batch = [torch.empty(3, dtype=torch.long, device="meta"), torch.empty(1, dtype=torch.long, device="meta")]
    out = pad_collate(batch)
    assert all(t.device.type == "meta" for t in out.values())
    assert out["input_ids"].shape == (2, 3)


def test_padded_labels_add_no_loss():
    batch = pad_collate([(torch.tensor([1, 2, 3]), torch.tensor([2, 3, 4])),
                         (torch.tensor([5]), torch.tensor([6]))])
    logits = torch.randn(2, 3, 8, generator=torch.Generator().manual_seed(0))
    loss_all = F.cross_entropy(logits.reshape(-1, 8), batch["labels"].reshape(-1))
    real = batch["attention_mask"].bool()
    loss_real = F.cross_entropy(logits[real], batch["labels"][real])
    torch.testing.assert_close(loss_all, loss_real)


def test_partial_collate_pickles_and_works_with_workers():
    collate = functools.partial(pad_collate, pad_id=0)
    pickle.dumps(collate)
    samples = [torch.arange(n) for n in (3, 1, 2, 4)]
    single = list(DataLoader(samples, batch_size=2, collate_fn=collate))
    workers = list(DataLoader(samples, batch_size=2, collate_fn=collate, num_workers=2))
    assert all(torch.equal(a["input_ids"], b["input_ids"]) for a, b in zip(single, workers))


VOCAB = Vocab("a b b c".split())
DS = TextDataset(torch.arange(10), seq_len=4)
ONE = torch.tensor([1])
with warnings.catch_warnings():  # quantized dtypes are deprecated, but tensors of them still exist
    warnings.simplefilter("ignore")
    QUANTIZED = torch.quantize_per_tensor(torch.ones(5), 0.1, 0, torch.quint8)

BAD_CALLS = [
    # Vocab(...)
    Bad(Vocab, ("a b",), TypeError, r"Vocab\(\): tokens must be an iterable of tokens, got a single str"),
    Bad(Vocab, (5,), TypeError, r"tokens must be an iterable of str, got int"),
    Bad(Vocab, (["a", 1],), TypeError, r"every token must be a str, got int"),
    Bad(Vocab, ([b"a"],), TypeError, r"every token must be a str, got bytes"),
    Bad(Vocab, (["a"],), ValueError, r"min_freq must be >= 1, got 0", {"min_freq": 0}),
    Bad(Vocab, (["a"],), TypeError, r"min_freq must be an int, got float", {"min_freq": 1.5}),
    Bad(Vocab, (["a"],), TypeError, r"min_freq must be an int, got bool", {"min_freq": True}),
    Bad(Vocab, (["a"],), ValueError, r"specials must contain unk='<unk>'", {"specials": ("<pad>",)}),
    Bad(Vocab, (["a"],), ValueError, r"specials must contain pad='<pad>', got \['<unk>'\] \(pass pad=None",
        {"specials": ("<unk>",)}, note="no pad token is an error not pad_id == unk_id"),
    Bad(Vocab, (["a"],), ValueError, r"pad and unk must be different tokens, got '<unk>' for both",
        {"specials": ("<unk>",), "pad": "<unk>"}),
    Bad(Vocab, (["a"],), ValueError, r"specials must be distinct", {"specials": ("<unk>", "<unk>")}),
    Bad(Vocab, (["a"],), TypeError, r"specials must be a sequence of str .*got str", {"specials": "<unk>"}),
    Bad(Vocab, (["a"],), TypeError, r"specials must be a sequence of str .*got set", {"specials": {"<unk>"}}),
    Bad(Vocab, (["a"],), TypeError, r"specials must hold str, got NoneType", {"specials": ("<unk>", None)}),
    Bad(Vocab, (["a"],), TypeError, r"unk must be a str, got NoneType", {"unk": None}),
    Bad(Vocab, (["a"],), TypeError, r"pad must be a str, got int", {"pad": 0}),
    # vocab[token]
    Bad(Vocab.__getitem__, (VOCAB, 1), TypeError, r"Vocab\[token\]: token must be a str, got int"),
    Bad(Vocab.__getitem__, (VOCAB, ["a"]), TypeError, r"token must be a str, got list"),
    # vocab.encode
    Bad(Vocab.encode, (VOCAB, "a"), TypeError, r"Vocab.encode\(\): tokens must be a list of tokens, got a single str"),
    Bad(Vocab.encode, (VOCAB, [1]), TypeError, r"Vocab.encode\(\): tokens\[0\] must be a str, got int"),
    Bad(Vocab.encode, (VOCAB, ["a", None]), TypeError, r"tokens\[1\] must be a str, got NoneType"),
    Bad(Vocab.encode, (VOCAB, 3), TypeError, r"tokens must be an iterable of str, got int"),
    # vocab.decode
    Bad(Vocab.decode, (VOCAB, [7]), ValueError, r"Vocab.decode\(\): ids\[0\] must be in \[0, 5\), got 7"),
    Bad(Vocab.decode, (VOCAB, [2, -1]), ValueError, r"ids\[1\] must be in \[0, 5\), got -1"),
    Bad(Vocab.decode, (VOCAB, [2**70]), ValueError, r"ids\[0\] must be in \[0, 5\), got 1180591620717411303424"),
    Bad(Vocab.decode, (VOCAB, [1.5]), TypeError, r"Vocab.decode\(\): ids\[0\] must be an int, got float"),
    Bad(Vocab.decode, (VOCAB, [1.0]), TypeError, r"ids\[0\] must be an int, got float"),
    Bad(Vocab.decode, (VOCAB, [True]), TypeError, r"ids\[0\] must be an int, got bool"),
    Bad(Vocab.decode, (VOCAB, ["a"]), TypeError, r"ids\[0\] must be an int, got str"),
    Bad(Vocab.decode, (VOCAB, torch.tensor([1.0, 2.0])), TypeError,
        r"ids\[0\] must be an int, got a torch.float32 tensor of shape \(\)"),
    Bad(Vocab.decode, (VOCAB, torch.tensor([[1, 2]])), TypeError,
        r"ids\[0\] must be an int, got a torch.int64 tensor of shape \(2,\)"),
    Bad(Vocab.decode, (VOCAB, torch.tensor(2)), TypeError,
        r"ids must be an iterable of integer ids, got a torch.int64 tensor of shape \(\)"),
    Bad(Vocab.decode, (VOCAB, "ab"), TypeError, r"ids must be an iterable of integer ids, got str"),
    Bad(Vocab.decode, (VOCAB, 2), TypeError, r"ids must be an iterable of integer ids, got int"),
    # TextDataset(...)
    Bad(TextDataset, ([1, 2, 3], 2), TypeError, r"TextDataset\(\): ids must be a torch.Tensor, got list"),
    Bad(TextDataset, (torch.ones(2, 3, dtype=torch.long), 2), ValueError, r"ids must be 1-d, got shape \(2, 3\)"),
    Bad(TextDataset, (torch.ones(5), 2), TypeError, r"ids must be an integer tensor, got torch.float32"),
    Bad(TextDataset, (torch.ones(5, dtype=torch.bool), 2), TypeError, r"ids must be an integer tensor, got torch.bool"),
    Bad(TextDataset, (torch.arange(5), 0), ValueError, r"seq_len must be >= 1, got 0"),
    Bad(TextDataset, (torch.arange(5), 2, 0), ValueError, r"stride must be >= 1, got 0"),
    Bad(TextDataset, (torch.arange(5), 2.5), TypeError, r"seq_len must be an int, got float"),
    Bad(TextDataset, (torch.arange(5), True), TypeError, r"seq_len must be an int, got bool"),
    Bad(TextDataset, (torch.arange(5), 2, 1.0), TypeError, r"stride must be an int, got float"),
    # ds[idx]
    Bad(TextDataset.__getitem__, (DS, 1.5), TypeError, r"TextDataset.__getitem__\(\): idx must be an int, got float"),
    Bad(TextDataset.__getitem__, (DS, torch.tensor([1.5])), TypeError,
        r"idx must be an int, got a torch.float32 tensor of shape \(1,\)", note="float tensor not truncated"),
    Bad(TextDataset.__getitem__, (DS, True), TypeError, r"idx must be an int, got bool"),
    Bad(TextDataset.__getitem__, (DS, slice(0, 2)), TypeError, r"idx must be an int, got slice"),
    Bad(TextDataset.__getitem__, (DS, torch.tensor([0, 1])), TypeError,
        r"idx must be an int, got a torch.int64 tensor of shape \(2,\)"),
    # pad_collate(...)
    Bad(pad_collate, ([],), ValueError, r"pad_collate\(\): batch must be a non-empty list of samples"),
    Bad(pad_collate, (torch.ones(2, 3),), TypeError, r"batch must be a list of samples, got a torch.float32 tensor"),
    Bad(pad_collate, ((x for x in [ONE]),), TypeError, r"batch must be a list of samples, got generator"),
    Bad(pad_collate, ([torch.ones(2, 2)],), ValueError, r"batch\[0\] must hold 1-d tensors, got shape \(2, 2\)"),
    Bad(pad_collate, ([torch.tensor(1)],), ValueError, r"batch\[0\] must hold 1-d tensors, got shape \(\)"),
    Bad(pad_collate, ([ONE, (ONE, ONE)],), TypeError, r"batch\[1\] must be a tensor like batch\[0\], got tuple of Tensor"),
    Bad(pad_collate, ([(ONE, ONE), ONE],), TypeError, r"batch\[1\] must be a pair like batch\[0\], got a torch.int64 tensor"),
    Bad(pad_collate, ([(torch.tensor([1, 2]), ONE)],), ValueError,
        r"batch\[0\] input_ids and labels differ in length \(2 vs 1\)"),
    Bad(pad_collate, ([(ONE,)],), TypeError, r"batch\[0\] must be a 1-d tensor or an \(input_ids, labels\) pair"),
    Bad(pad_collate, ([[1, 2], [3]],), TypeError,
        r"batch\[0\] must be a 1-d tensor .* got list of int \(make each sample a tensor, e.g. torch.tensor\(ids\)\)",
        note="plain lists get a clear message"),
    Bad(pad_collate, ([ONE, torch.ones(2, device="meta")],), ValueError,
        r"every sample must be on one device, batch\[0\] is on cpu and batch\[1\] on meta"),
    Bad(pad_collate, ([(ONE, ONE.to("meta"))],), ValueError, r"batch\[0\] has input_ids on cpu and labels on meta"),
    Bad(pad_collate, ([ONE],), TypeError, r"pad_id must be an int, got float", {"pad_id": 0.5}),
    Bad(pad_collate, ([ONE],), TypeError, r"pad_id must be an int, got bool", {"pad_id": False}),
    Bad(pad_collate, ([ONE],), TypeError, r"pad_id must be an int, got NoneType", {"pad_id": None}),
    Bad(pad_collate, ([ONE],), TypeError, r"label_pad_id must be an int, got float", {"label_pad_id": -100.0}),
    Bad(pad_collate, ([torch.tensor([1], dtype=torch.uint8)],), ValueError,
        r"pad_id=-1 does not fit the samples' dtype torch.uint8 \(range \[0, 255\]\)", {"pad_id": -1}),
    Bad(pad_collate, ([(ONE, torch.tensor([1], dtype=torch.uint8))],), ValueError,
        r"label_pad_id=-100 does not fit the samples' dtype torch.uint8"),
    Bad(pad_collate, ([ONE],), ValueError, r"pad_id=9223372036854775808 does not fit .*torch.int64", {"pad_id": 2**63}),
    Bad(pad_collate, ([torch.tensor([True])],), ValueError, r"pad_id=2 does not fit the samples' dtype torch.bool",
        {"pad_id": 2}),
    Bad(pad_collate, ([torch.tensor([1, 2]).to_sparse()],), TypeError,
        r"batch\[0\] must be a dense tensor, got a torch.sparse_coo one"),
    Bad(pad_collate, ([(ONE, torch.tensor([1]).to_sparse())],), TypeError, r"batch\[0\] must be a dense tensor"),
    Bad(pad_collate, ([QUANTIZED],), TypeError,
        r"batch\[0\] must be a dense tensor, got a quantized one"),
    Bad(TextDataset, (torch.arange(10).to_sparse(), 2), TypeError, r"ids must be a dense tensor, got a torch.sparse_coo one"),
    Bad(TextDataset, (QUANTIZED, 2), TypeError,
        r"ids must be a dense tensor, got a quantized one"),
    Bad(Vocab.decode, (VOCAB, np.array(2)), TypeError, r"ids must be an iterable of integer ids, got ndarray"),
    Bad(Vocab.decode, (VOCAB, b"\x01"), TypeError, r"ids must be an iterable of integer ids, got bytes"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
