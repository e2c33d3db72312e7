import functools
import pickle

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given
from hypothesis import strategies as st
from torch.utils.data import DataLoader

from torchnotes.data import TextDataset, Vocab, pad_collate


@given(n=st.integers(0, 40), seq_len=st.integers(1, 8), stride=st.integers(1, 8))
def test_windows_match_a_brute_force_cut(n, seq_len, stride):
    ids = torch.arange(n) * 10
    ds = TextDataset(ids, seq_len=seq_len, stride=stride)
    starts = [s for s in range(0, n, stride) if s + seq_len + 1 <= n]
    assert len(ds) == len(starts)
    for i, s in enumerate(starts):
        x, y = ds[i]
        assert torch.equal(x, ids[s : s + seq_len]) and torch.equal(y, ids[s + 1 : s + seq_len + 1])
    if starts:
        assert torch.equal(ds[-1][0], ds[len(ds) - 1][0])


def test_dataset_iterates_and_stops():
    ds = TextDataset(torch.arange(9), seq_len=4)
    assert [x.tolist() for x, _ in ds] == [[0, 1, 2, 3], [4, 5, 6, 7]]
    with pytest.raises(IndexError, match="window 2 is out of range for 2 windows"):
        ds[2]


@pytest.mark.parametrize(
    ("args", "error", "match"),
    [
        (([1, 2, 3], 2), TypeError, r"TextDataset\(\): ids must be a torch.Tensor, got list"),
        ((torch.ones(2, 3, dtype=torch.long), 2), ValueError, r"ids must be 1-d, got shape \(2, 3\)"),
        ((torch.ones(5), 2), TypeError, r"ids must be an integer tensor, got torch.float32"),
        ((torch.arange(5), 0), ValueError, r"seq_len must be >= 1, got 0"),
        ((torch.arange(5), 2, 0), ValueError, r"stride must be >= 1, got 0"),
        ((torch.arange(5), 2.5), TypeError, r"seq_len must be an int, got float"),
    ],
)
def test_text_dataset_bad_input(args, error, match):
    with pytest.raises(error, match=match):
        TextDataset(*args)


def test_vocab_is_deterministic_and_round_trips():
    tokens = "b a c a b a".split()
    vocab = Vocab(tokens)
    assert vocab.itos == ["<pad>", "<unk>", "a", "b", "c"]  # frequency, then alphabetical
    assert vocab.decode(vocab.encode(tokens)) == tokens
    assert vocab["zzz"] == vocab.unk_id and "a" in vocab and "zzz" not in vocab
    assert Vocab(tokens, min_freq=2).itos == ["<pad>", "<unk>", "a", "b"]


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"tokens": "a b"}, TypeError, r"Vocab\(\): tokens must be an iterable of tokens, got a single str"),
        ({"tokens": ["a", 1]}, TypeError, r"every token must be a str, got int"),
        ({"tokens": ["a"], "min_freq": 0}, ValueError, r"min_freq must be >= 1, got 0"),
        ({"tokens": ["a"], "specials": ("<pad>",)}, ValueError, r"specials must contain unk='<unk>'"),
        ({"tokens": ["a"], "specials": ("<unk>", "<unk>")}, ValueError, r"specials must be distinct"),
    ],
)
def test_vocab_bad_input(kwargs, error, match):
    with pytest.raises(error, match=match):
        Vocab(**kwargs)


def test_vocab_decode_and_encode_bad_input():
    vocab = Vocab(["a"])
    with pytest.raises(ValueError, match=r"Vocab.decode\(\): id 7 is outside \[0, 3\)"):
        vocab.decode([7])
    with pytest.raises(TypeError, match=r"Vocab.encode\(\): tokens must be a list of tokens, got a single str"):
        vocab.encode("a")


@given(lengths=st.lists(st.integers(1, 6), min_size=1, max_size=5), paired=st.booleans())
def test_pad_collate_pads_and_masks(lengths, paired):
    samples = [torch.arange(1, n + 1) for n in lengths]
    batch = [(s, s + 100) for s in samples] if paired else samples
    out = pad_collate(batch, pad_id=0)
    width = max(lengths)
    assert out["input_ids"].shape == out["attention_mask"].shape == (len(lengths), width)
    for row, n in enumerate(lengths):
        assert out["attention_mask"][row].tolist() == [1] * n + [0] * (width - n)
        assert out["input_ids"][row, :n].tolist() == list(range(1, n + 1))
        assert (out["input_ids"][row, n:] == 0).all()
    if paired:
        assert (out["labels"][out["attention_mask"] == 0] == -100).all()
    else:
        assert "labels" not in out


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


@pytest.mark.parametrize(
    ("batch", "error", "match"),
    [
        ([], ValueError, r"pad_collate\(\): batch must be a non-empty list of samples"),
        (torch.ones(2, 3), ValueError, r"batch must be a non-empty list of samples"),
        ([torch.ones(2, 2)], ValueError, r"batch\[0\] must hold 1-d tensors, got shape \(2, 2\)"),
        ([torch.tensor([1]), (torch.tensor([1]), torch.tensor([1]))], TypeError, r"batch\[1\] must be a tensor like batch\[0\], got tuple"),
        ([(torch.tensor([1, 2]), torch.tensor([1]))], ValueError, r"batch\[0\] input and labels differ in length \(2 vs 1\)"),
        ([(torch.tensor([1]),)], ValueError, r"batch\[0\] must be \(input_ids, labels\), got 1 items"),
        ([[1, 2]], TypeError, r"batch\[0\] must be a torch.Tensor, got int"),
    ],
)
def test_pad_collate_bad_input(batch, error, match):
    with pytest.raises(error, match=match):
        pad_collate(batch)
