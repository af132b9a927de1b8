"""The bundled Stanza model: where it is, how it is written, how it is loaded.

The directory is a Stanza resources directory (``resources.json`` + ``en/<processor>/<package>.pt``)
so that ``stanza.Pipeline("en", dir=PATH, download_method=None)`` loads it with no other argument.
``QUOTESVC_MODEL_DIR`` (or the CLI's ``--model-dir``) points quotesvc at any other such directory,
for example official Stanza models fetched with ``python -m quotesvc model download``.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
from importlib import resources
from pathlib import Path

from quotesvc.errors import MissingProcessorError, ModelLoadError, ModelNotFoundError

LANG = "en"
PACKAGE = "quotesvc_ewt"
PRETRAIN = "glove6b50d"
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
NEEDS_PRETRAIN = ("pos", "depparse")
MODEL_DIR_ENV = "QUOTESVC_MODEL_DIR"

logger = logging.getLogger(__name__)


def bundled_model_dir() -> Path:
    """The model directory shipped inside the package."""
    return Path(str(resources.files("quotesvc"))) / "models" / "stanza"


def model_dir(override: str | os.PathLike | None = None) -> Path:
    """The directory in use: OVERRIDE, else $QUOTESVC_MODEL_DIR, else the bundled one."""
    chosen = override or os.environ.get(MODEL_DIR_ENV) or bundled_model_dir()
    return Path(chosen).expanduser().resolve()


def model_info(path: Path) -> dict:
    """Provenance for responses and /version: the model card's facts, if any."""
    info = {"dir": str(path), "name": "unknown", "version": "unknown"}
    meta = path / "quotesvc_model.json"
    if meta.is_file():
        data = json.loads(meta.read_text(encoding="utf-8"))
        info.update({k: data[k] for k in ("name", "version", "trained") if k in data})
    elif (path / "resources.json").is_file():
        info["name"] = "stanza"
        data = json.loads((path / "resources.json").read_text(encoding="utf-8"))
        info["version"] = str(data.get("version", "unknown"))
    return info


def check_model_dir(path: Path) -> None:
    """Raise ModelNotFoundError naming PATH unless it looks like a usable resources dir."""
    if not path.is_dir():
        raise ModelNotFoundError(
            f"Stanza model directory not found: {path}. Set {MODEL_DIR_ENV} to a Stanza resources "
            "directory, or reinstall quotesvc to restore the bundled model.",
            details={"path": str(path)})
    if not (path / "resources.json").is_file():
        raise ModelNotFoundError(f"{path} has no resources.json, so it is not a Stanza resources directory.",
                                 details={"path": str(path)})
    if not (path / LANG).is_dir():
        raise ModelNotFoundError(f"{path} has no English ({LANG}/) models.", details={"path": str(path)})


def load_pipeline(path: str | os.PathLike | None = None, *, threads: int | None = None, **kwargs):
    """Load the Stanza pipeline from the model directory, never touching the network.

    Raises:
        ModelNotFoundError: the directory is missing or not a resources directory.
        ModelLoadError: a model file in it is unreadable or corrupt.
        MissingProcessorError: the pipeline has no dependency parser.
    """
    import stanza
    import torch

    if threads:
        torch.set_num_threads(threads)
    path = model_dir(path)
    check_model_dir(path)
    try:
        nlp = stanza.Pipeline(LANG, dir=str(path), download_method=None, logging_level="WARN", **kwargs)
    except (OSError, RuntimeError, ValueError, KeyError, EOFError, AttributeError, TypeError) as e:
        raise ModelLoadError(f"cannot load the Stanza model in {path}: {type(e).__name__}: {e}",
                             details={"path": str(path)}) from e
    except Exception as e:  # stanza raises its own types (LanguageNotDownloadedError, pickle errors)
        raise ModelLoadError(f"cannot load the Stanza model in {path}: {type(e).__name__}: {e}",
                             details={"path": str(path)}) from e
    missing = [p for p in ("tokenize", "pos", "lemma", "depparse") if p not in nlp.processors]
    if missing:
        raise MissingProcessorError(f"the Stanza pipeline in {path} lacks {', '.join(missing)}; "
                                    "quotesvc needs tokenize, pos, lemma and depparse")
    return nlp


# --------------------------------------------------------------------------- writing


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


def write_model_dir(*, models_dir: Path, pretrain: Path, out_dir: Path, plan: dict | None = None,
                    half: bool = True) -> Path:
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
    meta = {"name": "quotesvc-en-ewt", "version": "1.0", "processors": list(PROCESSORS),
            "half_precision": half, "plan": plan or {}}
    (out_dir / "quotesvc_model.json").write_text(json.dumps(meta, indent=2, default=str) + "\n",
                                                 encoding="utf-8")
    return out_dir
