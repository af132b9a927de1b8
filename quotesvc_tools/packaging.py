"""Lay trained Stanza models out as the resources directory quotesvc ships (training's last stage).

Not part of the runtime package: only ``quotesvc_tools.training`` writes models.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from quotesvc.modelpack import LANG, NEEDS_PRETRAIN, PACKAGE, PRETRAIN, PROCESSORS


def resources_json(pretrain: str = PRETRAIN, package: str = PACKAGE) -> dict:
    """A minimal resources.json describing the bundled models."""
    deps = [{"model": "pretrain", "package": pretrain}]
    en = {
        "lang_name": "English",
        "packages": {"default": {p: package for p in PROCESSORS}},
        "default_processors": {p: package for p in PROCESSORS},
        "pretrain": {pretrain: {}},
    }
    for proc in PROCESSORS:
        en[proc] = {package: {"dependencies": deps} if proc in NEEDS_PRETRAIN else {}}
    return {"en": en}


def _halve(obj):
    """Float32 tensors -> float16, recursively (half-precision storage; loading casts back)."""
    import torch

    if isinstance(obj, torch.Tensor):
        return obj.half() if obj.dtype == torch.float32 else obj
    if isinstance(obj, dict):
        return type(obj)((k, _halve(v)) for k, v in obj.items()) if not isinstance(obj, type(None)) else obj
    if isinstance(obj, list):
        return [_halve(v) for v in obj]
    return obj


def write_model_dir(
    *, models_dir: Path, pretrain: Path, out_dir: Path, plan: dict | None = None, half: bool = True
) -> Path:
    """Lay trained models out as a Stanza resources directory at OUT_DIR."""
    import torch

    out_dir = Path(out_dir)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    (out_dir / LANG).mkdir(parents=True)
    for proc in PROCESSORS:
        dst = out_dir / LANG / proc / f"{PACKAGE}.pt"
        dst.parent.mkdir(parents=True)
        src = Path(models_dir) / f"{proc}.pt"
        if half and proc in ("pos", "depparse", "lemma"):
            ckpt = torch.load(src, map_location="cpu", weights_only=False)
            if "model" in ckpt:
                ckpt["model"] = _halve(ckpt["model"])
            torch.save(ckpt, dst)
        else:
            shutil.copyfile(src, dst)
    dst = out_dir / LANG / "pretrain" / f"{PRETRAIN}.pt"
    dst.parent.mkdir(parents=True)
    shutil.copyfile(pretrain, dst)
    (out_dir / "resources.json").write_text(json.dumps(resources_json(), indent=2) + "\n", encoding="utf-8")
    meta = {
        "name": "quotesvc-en-ewt",
        "version": "1.0",
        "processors": list(PROCESSORS),
        "half_precision": half,
        "plan": plan or {},
    }
    (out_dir / "quotesvc_model.json").write_text(json.dumps(meta, indent=2, default=str) + "\n", encoding="utf-8")
    return out_dir
