"""Build a vocabulary from a corpus: specials first, then by frequency; min_freq and max_size leave rare tokens to <unk>.

>>> from torchnotes.data import Vocab
>>> corpus = "the cat sat on the mat the end".split()
>>> vocab = Vocab(corpus)
>>> vocab.itos
['<pad>', '<unk>', 'the', 'cat', 'end', 'mat', 'on', 'sat']
>>> vocab.encode("the dog sat".split())  # an unknown token becomes <unk> #zh: 未知 token 变成 <unk>
[2, 1, 7]
>>> vocab.decode([2, 1, 7])
['the', '<unk>', 'sat']
>>> vocab.decode([-1])  # no counting from the end #zh: 不会从末尾倒数
Traceback (most recent call last):
    ...
ValueError: Vocab.decode(): ids[0] must be in [0, 8), got -1
>>> vocab.decode([2.0])  # a float id is refused, not truncated #zh: 浮点 id 直接拒绝，不会截断
Traceback (most recent call last):
    ...
TypeError: Vocab.decode(): ids[0] must be an int, got float
>>> Vocab(corpus, min_freq=2).itos  # seen fewer than 2 times: left out #zh: 出现不到 2 次的被排除
['<pad>', '<unk>', 'the']
>>> Vocab(corpus, max_size=4).itos  # at most 4 tokens, specials included #zh: 最多 4 个 token，含特殊 token
['<pad>', '<unk>', 'the', 'cat']
>>> Vocab(corpus, specials=("<pad>", "<unk>", "<bos>", "<eos>")).itos[:5]
['<pad>', '<unk>', '<bos>', '<eos>', 'the']
"""
