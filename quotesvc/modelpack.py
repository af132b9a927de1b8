"""The bundled Stanza model: where it is and how it is loaded (``quotesvc_tools.packaging`` writes it).

The directory is a Stanza resources directory (``resources.json`` + ``en/<processor>/<package>.pt``)
so that ``stanza.Pipeline("en", dir=PATH, download_method=None)`` loads it with no other argument.
``QUOTESVC_MODEL_DIR`` (or the CLI's ``--model-dir``) points quotesvc at any other such directory,
for example official Stanza models fetched with ``python -m quotesvc model download``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path

from quotesvc.errors import MissingProcessorError, ModelLoadError, ModelNotFoundError

LANG = "en"
PACKAGE = "quotesvc_ewt"
PRETRAIN = "glove6b50d"
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
NEEDS_PRETRAIN = ("pos", "depparse")
MODEL_DIR_ENV = "QUOTESVC_MODEL_DIR"
# Words per parser batch. The biaffine scorer's memory and time grow with the square of the padded
# sentence length, so Stanza's default (5,000) made a batch of 8 news articles peak at 1.4 GB;
# 500 peaked at 0.58 GB and ran 30% faster (quotesvc_tools.bench), with identical trees.
DEPPARSE_BATCH_WORDS = 500

logger = logging.getLogger(__name__)


def bundled_model_dir() -> Path:
    """The model directory shipped inside the package."""
    return Path(str(resources.files("quotesvc"))) / "models" / "stanza"


def model_dir(override: str | os.PathLike | None = None) -> Path:
    """The directory in use: OVERRIDE, else $QUOTESVC_MODEL_DIR, else the bundled one."""
    chosen = override or os.environ.get(MODEL_DIR_ENV) or bundled_model_dir()
    return Path(chosen).expanduser().resolve()


@lru_cache(maxsize=8)
def checksum(path: Path) -> str:
    """sha256 over every file of the model directory (names and contents, in name order)."""
    digest = hashlib.sha256()
    for f in sorted(p for p in path.rglob("*") if p.is_file()):
        digest.update(f.relative_to(path).as_posix().encode("utf-8") + b"\0")
        with f.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    return "sha256:" + digest.hexdigest()


def model_info(path: Path) -> dict:
    """Provenance for results and /version: name, version and checksum (never the server's path)."""
    info = {"name": "unknown", "version": "unknown"}
    meta = path / "quotesvc_model.json"
    if meta.is_file():
        data = json.loads(meta.read_text(encoding="utf-8"))
        info.update({k: data[k] for k in ("name", "version", "trained") if k in data})
    elif (path / "resources.json").is_file():
        info["name"] = "stanza"
        data = json.loads((path / "resources.json").read_text(encoding="utf-8"))
        info["version"] = str(data.get("version", "unknown"))
    if path.is_dir():
        info["checksum"] = checksum(path)
    return info


def check_model_dir(path: Path) -> None:
    """Raise ModelNotFoundError naming PATH unless it looks like a usable resources dir."""
    if not path.is_dir():
        raise ModelNotFoundError(
            f"Stanza model directory not found: {path}. Set {MODEL_DIR_ENV} to a Stanza resources "
            "directory, or reinstall quotesvc to restore the bundled model.",
            details={"path": str(path)},
        )
    if not (path / "resources.json").is_file():
        raise ModelNotFoundError(
            f"{path} has no resources.json, so it is not a Stanza resources directory.", details={"path": str(path)}
        )
    if not (path / LANG).is_dir():
        raise ModelNotFoundError(f"{path} has no English ({LANG}/) models.", details={"path": str(path)})


@contextmanager
def _no_optimizers() -> Iterator[None]:
    """Stanza's trainers build a training optimizer (and the parser a scheduler over it) even when
    loading a model to predict, and building one imports ``torch._dynamo``: 1.1 s and 70 MB in every
    process that loads the model (``python -X importtime``). Prediction never touches them, so while
    the pipeline loads, the optimizer factories build nothing."""
    from stanza.models.common import utils

    real = utils.get_optimizer, utils.get_split_optimizer
    utils.get_optimizer = lambda *args, **kwargs: None
    utils.get_split_optimizer = lambda *args, **kwargs: {}
    try:
        yield
    finally:
        utils.get_optimizer, utils.get_split_optimizer = real


def _pipeline(path: Path, kwargs: dict):
    import stanza

    def load():
        return stanza.Pipeline(LANG, dir=str(path), download_method=None, logging_level="WARN", **kwargs)

    try:
        with _no_optimizers():
            return load()
    except Exception:  # a model saved with its optimizer's state needs the optimizer: load it as Stanza does
        return load()


def load_pipeline(path: str | os.PathLike | None = None, *, threads: int | None = None, **kwargs):
    """Load the Stanza pipeline from the model directory, never touching the network.

    Raises:
        ModelNotFoundError: the directory is missing or not a resources directory.
        ModelLoadError: a model file in it is unreadable or corrupt.
        MissingProcessorError: the pipeline has no dependency parser.
    """
    import torch

    from quotesvc import decoder

    decoder.install()
    if threads:
        torch.set_num_threads(threads)
    path = model_dir(path)
    check_model_dir(path)
    kwargs.setdefault("depparse_batch_size", DEPPARSE_BATCH_WORDS)
    try:
        nlp = _pipeline(path, kwargs)
    except (OSError, RuntimeError, ValueError, KeyError, EOFError, AttributeError, TypeError) as e:
        raise ModelLoadError(
            f"cannot load the Stanza model in {path}: {type(e).__name__}: {e}", details={"path": str(path)}
        ) from e
    except Exception as e:  # stanza raises its own types (LanguageNotDownloadedError, pickle errors)
        raise ModelLoadError(
            f"cannot load the Stanza model in {path}: {type(e).__name__}: {e}", details={"path": str(path)}
        ) from e
    missing = [p for p in ("tokenize", "pos", "lemma", "depparse") if p not in nlp.processors]
    if missing:
        raise MissingProcessorError(
            f"the Stanza pipeline in {path} lacks {', '.join(missing)}; "
            "quotesvc needs tokenize, pos, lemma and depparse"
        )
    return nlp
