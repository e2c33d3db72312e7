"""basic_english follows torchtext's get_tokenizer("basic_english").

torchtext cannot be installed next to current torch releases, so the oracle is torchtext's
own: the example of its docstring and lines of its reference results
(test/asset/text_normalization_ag_news_ref_results.test in pytorch/text).
"""

import functools

import pytest
import torch
from badcalls import Bad, check, params
from hypothesis import given
from hypothesis import strategies as st
from torch.utils.data import DataLoader

from torchnotes.data import TextDataset, Vocab, pad_collate
from torchnotes.text import basic_english

TORCHTEXT_CASES = [
    ("You can now install TorchText using pip!",
     "you can now install torchtext using pip !"),
    ("Fears for T N pension after talks, Unions representing workers at Turner   Newall say they are "
     "'disappointed' after talks with stricken parent firm Federal Mogul.",
     "fears for t n pension after talks , unions representing workers at turner newall say they are "
     "' disappointed ' after talks with stricken parent firm federal mogul ."),
    ("Prediction Unit Helps Forecast Wildfires (AP), AP - It's barely dawn",
     "prediction unit helps forecast wildfires ( ap ) , ap - it ' s barely dawn"),
    ("in quot;helping themselves,quot; Ricky Bryant", "in quot helping themselves , quot ricky bryant"),
    ("Michael Phelps won the gold medal in 4 minutes, 8.26 seconds.",
     "michael phelps won the gold medal in 4 minutes , 8 . 26 seconds ."),
    ("troops in U.S. and NATO airplanes", "troops in u . s . and nato airplanes"),
    ('a "quoted" <br />line: ok; fine?', "a quoted line ok fine ?"),
]


@pytest.mark.parametrize("line, expected", TORCHTEXT_CASES)
def test_basic_english_matches_torchtext(line, expected):
    assert basic_english(line) == expected.split()


@given(st.text(max_size=40))
def test_basic_english_is_stable_and_clean(line):
    tokens = basic_english(line)
    assert all(t and not any(c.isspace() for c in t) for t in tokens)
    assert all(t == t.lower() for t in tokens)
    assert basic_english(" ".join(tokens)) == tokens  # tokenizing tokens changes nothing


def test_plain_pytorch_pipeline_replaces_torchtext():
    corpus = ["The cat sat.", "The dog ran, the cat sat!"]
    vocab = Vocab(t for line in corpus for t in basic_english(line))
    samples = [torch.tensor(vocab.encode(basic_english(line))) for line in corpus]
    batch = next(iter(DataLoader(samples, batch_size=2, collate_fn=functools.partial(pad_collate, pad_id=vocab.pad_id))))
    assert batch["input_ids"].shape == (2, 8) and batch["attention_mask"].sum().item() == 12
    stream = torch.tensor([i for s in samples for i in s.tolist()])
    assert len(TextDataset(stream, seq_len=4)) == 2


BAD_CALLS = [
    Bad(basic_english, (b"bytes",), TypeError, r"basic_english\(\): line must be a str, got bytes"),
    Bad(basic_english, (None,), TypeError, r"line must be a str, got NoneType"),
    Bad(basic_english, (["a", "b"],), TypeError, r"line must be a str, got list"),
    Bad(basic_english, (3,), TypeError, r"line must be a str, got int"),
]


@params(BAD_CALLS)
def test_bad_calls(case):
    check(case)
