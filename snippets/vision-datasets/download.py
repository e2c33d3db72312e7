"""Built-in datasets read files from root; download=False is the default, and without the files they raise.

>>> import inspect
>>> import tempfile
>>> from torchvision import datasets
>>> inspect.signature(datasets.CIFAR10).parameters["download"].default
False
>>> empty = tempfile.mkdtemp()
>>> datasets.CIFAR10(empty, train=True)  # nothing is downloaded unless asked #zh: 除非明确要求，否则不会下载
Traceback (most recent call last):
    ...
RuntimeError: Dataset not found or corrupted. You can use download=True to download it
>>> # with a network connection: datasets.CIFAR10("data/", train=True, download=True) #zh: 有网络时：datasets.CIFAR10("data/", train=True, download=True)
"""
