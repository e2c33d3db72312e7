"""torchnotes: runnable, checked notes on the PyTorch API, in Chinese and English.

Each documented topic has a helper here (a reference implementation tested equal to
torch, or a small utility the notes describe); :mod:`torchnotes.registry` lists them.
"""

__version__ = "0.1.0"
