"""Python's random.randint includes both ends; NumPy's randint, like torch's, excludes high.

>>> import random
>>> import numpy as np
>>> rng = random.Random(0)
>>> sorted({rng.randint(1, 6) for _ in range(1000)})  # both ends included #zh: 两端都包含
[1, 2, 3, 4, 5, 6]
>>> np.random.default_rng(0).integers(1, 6, size=1000).max().item()  # NumPy: high excluded #zh: NumPy：不包含 high
5
>>> np.random.RandomState(0).randint(0, 1, size=5)
array([0, 0, 0, 0, 0])
"""
