"""Element-wise arithmetic broadcasts; division is true division unless you pick a rounding mode.

>>> import torch
>>> col = torch.tensor([[1], [2], [3]])  # (3, 1)
>>> row = torch.tensor([10, 20])  # (2,)
>>> col + row  # (3, 1) and (2,) broadcast to (3, 2)
tensor([[11, 21],
        [12, 22],
        [13, 23]])
>>> torch.add(col, row, alpha=2)  # col + 2 * row
tensor([[21, 41],
        [22, 42],
        [23, 43]])
>>> torch.tensor([7, -7]) / 2  # ints in, float out
tensor([ 3.5000, -3.5000])
>>> torch.div(torch.tensor([7, -7]), 2, rounding_mode="trunc")  # toward zero
tensor([ 3, -3])
>>> torch.tensor([7, -7]) // 2  # floor: toward minus infinity
tensor([ 3, -4])
>>> torch.mul(torch.tensor([1, 2]), torch.tensor([3, 4]))  # element-wise, not a dot product
tensor([3, 8])
"""
