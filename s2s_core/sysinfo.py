"""Machine facts: the CPU as Linux describes it (``cpuinfo``: what the precision and fast-path choices rest on),
and metrics for training logs and the training page: GPU utilisation/memory through NVML (``pynvml`` from
nvidia-ml-py) where CUDA exists, process CPU% and RAM through psutil otherwise.

Every function here is best-effort: a missing library or driver gives fewer fields, never an error.
"""
from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Optional

_nvml_ready: Optional[bool] = None
_proc = None


@functools.lru_cache(maxsize=None)
def cpuinfo(field: str) -> str:
    """The first CPU's ``field`` in ``/proc/cpuinfo`` ("flags", "vendor_id", "model name"); "" elsewhere."""
    try:
        text = Path("/proc/cpuinfo").read_text(errors="replace")
    except OSError:
        return ""
    for line in text.splitlines():
        name, sep, value = line.partition(":")
        if sep and name.strip() == field:
            return value.strip()
    return ""


def _nvml():
    """The pynvml module, initialised once; None when NVML (driver or package) is unavailable."""
    global _nvml_ready
    if _nvml_ready is False:
        return None
    try:
        import pynvml
        if not _nvml_ready:
            pynvml.nvmlInit()
            _nvml_ready = True
        return pynvml
    except Exception:
        _nvml_ready = False
        return None


def _nvml_handle(device):
    """NVML handle of a torch CUDA device (by UUID, so CUDA_VISIBLE_DEVICES remapping is respected)."""
    nv = _nvml()
    if nv is None:
        return None, None
    import torch
    index = device.index if device.index is not None else torch.cuda.current_device()
    try:
        uuid = str(torch.cuda.get_device_properties(index).uuid)
        return nv, nv.nvmlDeviceGetHandleByUUID(uuid if uuid.startswith("GPU-") else "GPU-" + uuid)
    except Exception:
        try:
            return nv, nv.nvmlDeviceGetHandleByIndex(index)
        except Exception:
            return nv, None


def sample(device=None) -> dict:
    """Metrics for one logged training step.

    CUDA device: ``gpu_util`` (%), ``gpu_mem_used_mb`` / ``gpu_mem_total_mb`` (whole GPU, NVML) and
    ``gpu_max_allocated_mb`` (this process, torch). Otherwise: ``cpu_percent`` (this process, since the
    previous sample, so not in a process's first; can exceed 100 with several threads) and ``ram_mb``
    (resident set), ``ram_percent`` (whole machine). The trainer takes a first sample when it starts.
    """
    out: dict = {}
    try:
        if device is not None and getattr(device, "type", str(device)) == "cuda":
            import torch
            out["gpu_max_allocated_mb"] = round(torch.cuda.max_memory_allocated(device) / 2**20, 1)
            nv, handle = _nvml_handle(device)
            if handle is not None:
                util = nv.nvmlDeviceGetUtilizationRates(handle)
                mem = nv.nvmlDeviceGetMemoryInfo(handle)
                out.update(gpu_util=float(util.gpu), gpu_mem_used_mb=round(mem.used / 2**20, 1),
                           gpu_mem_total_mb=round(mem.total / 2**20, 1))
        else:
            global _proc
            import psutil
            if _proc is None or _proc.pid != os.getpid():
                _proc = psutil.Process()
                _proc.cpu_percent(None)        # starts the measurement: a second call at once read 27,531 %
            else:
                out["cpu_percent"] = _proc.cpu_percent(None)
            out.update(ram_mb=round(_proc.memory_info().rss / 2**20, 1), ram_percent=psutil.virtual_memory().percent)
    except Exception:   # metrics must never stop training
        pass
    return out


def gpus() -> list[dict]:
    """Detected CUDA GPUs: ``[{"index", "name", "memory_mb"}]`` (empty without CUDA)."""
    try:
        import torch
        if not torch.cuda.is_available():
            return []
        result = []
        for i in range(torch.cuda.device_count()):
            p = torch.cuda.get_device_properties(i)
            result.append({"index": i, "name": p.name, "memory_mb": round(p.total_memory / 2**20)})
        return result
    except Exception:
        return []


def no_gpu_reason() -> Optional[str]:
    """Why training cannot use a GPU here, in plain words; None when a CUDA device is available."""
    try:
        import torch
    except Exception as e:
        return f"PyTorch cannot be imported ({type(e).__name__})"
    if torch.version.cuda is None:
        return (f"this PyTorch build ({torch.__version__}) has no CUDA support, so it cannot use a GPU; "
                "install a CUDA build of PyTorch to train on one")
    try:
        if torch.cuda.is_available() and torch.cuda.device_count() > 0:
            return None
    except Exception:
        pass
    return (f"PyTorch supports CUDA {torch.version.cuda}, but no CUDA device is visible: no NVIDIA GPU or "
            "driver on this machine, or CUDA_VISIBLE_DEVICES hides them")


def machine() -> dict:
    """Current whole-machine load for the page: CPU% / RAM, plus per-GPU util and memory via NVML."""
    out: dict = {"cpu_count": os.cpu_count()}
    try:
        import psutil
        out.update(cpu_percent=psutil.cpu_percent(None), ram_percent=psutil.virtual_memory().percent,
                   ram_total_mb=round(psutil.virtual_memory().total / 2**20))
    except Exception:
        pass
    nv = _nvml()
    if nv is not None:
        try:
            gpus_ = []
            for i in range(nv.nvmlDeviceGetCount()):
                h = nv.nvmlDeviceGetHandleByIndex(i)
                mem = nv.nvmlDeviceGetMemoryInfo(h)
                gpus_.append({"index": i, "util": float(nv.nvmlDeviceGetUtilizationRates(h).gpu),
                              "mem_used_mb": round(mem.used / 2**20), "mem_total_mb": round(mem.total / 2**20)})
            out["gpus"] = gpus_
        except Exception:
            pass
    return out
