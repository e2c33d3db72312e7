"""Without '->' einsum sorts the output letters alphabetically, so "ba" is a transpose.

>>> import torch
>>> x = torch.arange(6.0).reshape(2, 3)
>>> torch.einsum("ba", x)  # implicit output "ab": the transpose #zh: 隐式输出为 "ab"：即转置
tensor([[0., 3.],
        [1., 4.],
        [2., 5.]])
>>> torch.einsum("ba->ba", x)  # explicit output: unchanged #zh: 显式输出：保持不变
tensor([[0., 1., 2.],
        [3., 4., 5.]])
>>> w = torch.ones(3, 4)
>>> torch.einsum("bi,io", x, w).shape  # output "bo": (2, 4) as hoped #zh: 输出为 "bo"：如愿得到 (2, 4)
torch.Size([2, 4])
>>> torch.einsum("si,io", x, w).shape  # output "os": (4, 2), transposed #zh: 输出为 "os"：(4, 2)，被转置了
torch.Size([4, 2])
>>> torch.einsum("aB", x).shape  # upper case sorts first: output "Ba" #zh: 大写字母排在前面：输出为 "Ba"
torch.Size([3, 2])
"""
