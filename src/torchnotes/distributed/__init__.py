"""Distributed training on one machine: real processes, real collectives, on the CPU.

``torch.distributed`` is a library for processes that talk to each other; the ``gloo``
backend does it over TCP or shared files on the CPU, so everything here runs without a GPU.
:func:`run_workers` starts the processes, :func:`ddp_gradients` runs one step of
``DistributedDataParallel`` in them (``processes.py``), :func:`distributed_sampler_indices`
is the pure rule ``DistributedSampler`` follows (``sampler.py``) and
:func:`data_parallel_apply` spells out what ``nn.DataParallel`` does with several devices
(``replicas.py``).
"""

from torchnotes.distributed.processes import ddp_gradients, run_workers
from torchnotes.distributed.replicas import data_parallel_apply
from torchnotes.distributed.sampler import distributed_sampler_indices

__all__ = ["data_parallel_apply", "ddp_gradients", "distributed_sampler_indices", "run_workers"]
