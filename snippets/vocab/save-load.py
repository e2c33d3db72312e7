"""Save the vocabulary with the model: a vocabulary rebuilt from another corpus gives other ids.

>>> import pathlib
>>> import tempfile
>>> from torchnotes.data import Vocab
>>> vocab = Vocab("the cat sat on the mat".split())
>>> path = pathlib.Path(tempfile.mkdtemp()) / "vocab.json"
>>> vocab.save(path)
>>> Vocab.load(path).encode(["the", "mat"]) == vocab.encode(["the", "mat"])
True
>>> rebuilt = Vocab("a mat is on the cat".split())  # other text, other ids #zh: 换一份文本，id 就变了
>>> vocab.encode(["the", "mat"]), rebuilt.encode(["the", "mat"])
([2, 4], [7, 5])
"""
