"""On CUDA, pin_memory() returns a pinned copy; the original stays in ordinary (pageable) memory.

>>> import torch
>>> x = torch.ones(1024)
>>> p = x.pin_memory()
>>> p is x, p.data_ptr() == x.data_ptr()  # a new tensor in new memory #zh: 新的张量、新的内存
>>> x.is_pinned(), p.is_pinned()
>>> p.pin_memory() is p  # pinning a pinned tensor returns it #zh: 对已锁页的张量再锁页，返回它本身
>>> y = p.to("cuda", non_blocking=True)  # may return before the copy ends #zh: 可能在复制完成之前就返回
>>> y.device, bool((y == 1).all())  # reading y waits for the copy on its stream #zh: 读取 y 时会等同一个流上的复制完成
>>> torch.empty(3, pin_memory=True).is_pinned()
>>> loader = torch.utils.data.DataLoader(torch.arange(4.0), batch_size=2, pin_memory=True)
>>> next(iter(loader)).is_pinned()  # the DataLoader pins each batch #zh: DataLoader 为每个批次锁页
"""
REQUIRES = "cuda"
