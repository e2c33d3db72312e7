"""Text: the tokenizer that torchtext's ``get_tokenizer("basic_english")`` returned, in plain Python.

torchtext is no longer developed; with this tokenizer, :class:`torchnotes.data.Vocab`,
:class:`torchnotes.data.TextDataset` and :func:`torchnotes.data.pad_collate` a text pipeline
needs nothing beyond torch.
"""

from __future__ import annotations

import re

# torchtext's rules, in its order: each pattern is replaced before the next one runs.
_RULES = [
    (re.compile(r"\'"), " '  "),  # the apostrophe becomes a token of its own
    (re.compile(r"\""), ""),  # double quotes are dropped
    (re.compile(r"\."), " . "),
    (re.compile(r"<br \/>"), " "),  # HTML line breaks of scraped reviews
    (re.compile(r","), " , "),
    (re.compile(r"\("), " ( "),
    (re.compile(r"\)"), " ) "),
    (re.compile(r"\!"), " ! "),
    (re.compile(r"\?"), " ? "),
    (re.compile(r"\;"), " "),
    (re.compile(r"\:"), " "),
    (re.compile(r"\s+"), " "),
]


def basic_english(line: str) -> list[str]:
    """Lower-case ``line`` and split it into words and punctuation, as torchtext's ``basic_english``.

    The rules, applied in this order: lower-case; put spaces around ``'``; drop ``"``; put
    spaces around ``.``; replace ``<br />`` with a space; put spaces around ``,``, ``(``,
    ``)``, ``!`` and ``?``; replace ``;`` and ``:`` with a space; split on whitespace. So
    ``"it's"`` gives ``['it', "'", 's']`` and ``"U.S."`` gives ``['u', '.', 's', '.']``;
    hyphens, digits and other characters stay inside words. It is meant for English; it
    does not split text without spaces, such as Chinese.

    Args:
        line: one piece of text.

    Returns:
        The tokens, a list of ``str``.

    Raises:
        TypeError: ``line`` is not a ``str`` (bytes included: decode them first).

    Examples:
        >>> basic_english("You can now install TorchText using pip!")
        ['you', 'can', 'now', 'install', 'torchtext', 'using', 'pip', '!']
        >>> basic_english('It\\'s "great": 10/10;<br />really.')
        ['it', "'", 's', 'great', '10/10', 'really', '.']
        >>> basic_english("今天天气很好")  # no spaces, one token #zh: 没有空格，就只有一个 token
        ['今天天气很好']
    """
    if not isinstance(line, str):
        raise TypeError(f"basic_english(): line must be a str, got {type(line).__name__}")
    line = line.lower()
    for pattern, replacement in _RULES:
        line = pattern.sub(replacement, line)
    return line.split()
