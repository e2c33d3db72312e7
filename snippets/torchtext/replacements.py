"""Each torchtext piece and its plain-PyTorch replacement: tokenizer, vocabulary, numericalising, padding.

>>> import torch
>>> from torchnotes.data import Vocab, pad_collate
>>> from torchnotes.text import basic_english
>>> lines = ["The cat sat on the mat.", "The dog didn't!"]
>>> # get_tokenizer("basic_english") #zh: get_tokenizer("basic_english")
>>> tokens = [basic_english(line) for line in lines]
>>> tokens
[['the', 'cat', 'sat', 'on', 'the', 'mat', '.'], ['the', 'dog', 'didn', "'", 't', '!']]
>>> basic_english("Thecatsat.")  # no spaces: no word boundaries found #zh: 没有空格：找不到词的边界
['thecatsat', '.']
>>> # build_vocab_from_iterator(tokens, specials=[...]) + set_default_index(unk) #zh: build_vocab_from_iterator(tokens, specials=[...]) 加 set_default_index(unk)
>>> vocab = Vocab((t for line in tokens for t in line), specials=("<pad>", "<unk>"))
>>> vocab.encode(basic_english("The bird sat."))  # vocab(tokens); unknown words -> <unk> #zh: vocab(tokens)；未知词 -> <unk>
[2, 1, 11, 5]
>>> # Field(pad_token=...) / BucketIterator padding: a collate_fn #zh: Field(pad_token=...) / BucketIterator 的填充：交给 collate_fn
>>> batch = pad_collate([torch.tensor(vocab.encode(t)) for t in tokens], pad_id=vocab.pad_id)
>>> batch["input_ids"]
tensor([[ 2,  6, 11, 10,  2,  9,  5],
        [ 2,  8,  7,  4, 12,  3,  0]])
>>> batch["attention_mask"]
tensor([[1, 1, 1, 1, 1, 1, 1],
        [1, 1, 1, 1, 1, 1, 0]])
"""
