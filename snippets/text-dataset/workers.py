"""num_workers > 0 under the three start methods Linux offers; spawn and forkserver need a picklable collate_fn, and spawn a __main__ guard.

>>> import functools, pathlib, subprocess, sys, tempfile, textwrap
>>> import torch
>>> from torch.utils.data import DataLoader
>>> from torchnotes.data import pad_collate
>>> samples = [torch.tensor([4, 5, 6]), torch.tensor([7]), torch.tensor([8, 9])]
>>> collate = functools.partial(pad_collate, pad_id=0)
>>> for method in ["fork", "spawn", "forkserver"]:  # spawn: the default on Windows and macOS #zh: spawn：Windows 和 macOS 的默认方式
...     loader = DataLoader(samples, batch_size=2, collate_fn=collate, num_workers=1,
...                         multiprocessing_context=method)
...     print(method, [batch["input_ids"].tolist() for batch in loader])
fork [[[4, 5, 6], [7, 0, 0]], [[8, 9]]]
spawn [[[4, 5, 6], [7, 0, 0]], [[8, 9]]]
forkserver [[[4, 5, 6], [7, 0, 0]], [[8, 9]]]
>>> for method in ["fork", "spawn", "forkserver"]:
...     loader = DataLoader(samples, batch_size=2, collate_fn=lambda batch: batch, num_workers=1,
...                         multiprocessing_context=method)
...     try:
...         print(method, len(next(iter(loader))), "samples")
...     except Exception as error:  # the lambda cannot be pickled for a new process #zh: lambda 无法 pickle，传不进新进程
...         print(method, type(error).__name__)
fork 2 samples
spawn PicklingError
forkserver PicklingError
>>> def run_script(code):  # as `python train.py` runs it #zh: 像 `python train.py` 那样运行
...     with tempfile.TemporaryDirectory() as folder:
...         path = pathlib.Path(folder, "train.py")
...         path.write_text(code)
...         return subprocess.run([sys.executable, str(path)], capture_output=True, text=True)
>>> train = textwrap.dedent('''
...     import torch
...     from torch.utils.data import DataLoader
...     loader = DataLoader(list(range(4)), batch_size=2, num_workers=1, multiprocessing_context="spawn")
...     print([batch.tolist() for batch in loader])
... ''')
>>> unguarded = run_script(train)  # a spawned worker re-imports the script #zh: spawn 出的子进程会重新导入脚本
>>> unguarded.returncode, "bootstrapping phase" in unguarded.stderr
(1, True)
>>> guarded = run_script("if __name__ == '__main__':" + textwrap.indent(train, "    "))
>>> guarded.returncode, guarded.stdout.strip()
(0, '[[0, 1], [2, 3]]')
"""
