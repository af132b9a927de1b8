"""Settings from ``QUOTESVC_*`` environment variables (documented in the README's table)."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class Settings:
    model_dir: str | None = None  # QUOTESVC_MODEL_DIR: a Stanza resources dir; default bundled
    max_chars: int = 100_000  # per document (as CoreNLP's server)
    max_body_bytes: int = 4_000_000  # whole request body
    max_batch: int = 16  # documents per batch request
    timeout: float = 30.0  # seconds per request, queueing included -> 504
    max_pending: int = 8  # requests waiting for the model per worker -> 429 past it
    threads: int = 2  # torch threads per worker
    workers: int = 1  # gunicorn worker processes
    worker_threads: int = 8  # gunicorn threads per worker (health checks stay answered)
    host: str = "0.0.0.0"
    port: int = 8000
    log_level: str = "info"
    access_log: bool = True
    preload: bool = True  # load the model in the gunicorn master (shared by workers)

    @classmethod
    def from_env(cls, environ=None, **overrides) -> Settings:
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(f"QUOTESVC_{f.name.upper()}")
            if raw is None or raw == "":
                continue
            values[f.name] = _convert(f.name, raw, f.type)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


def _convert(name: str, raw: str, typ) -> object:
    typ = str(typ)
    try:
        if typ.startswith("int"):
            return int(raw)
        if typ.startswith("float"):
            return float(raw)
        if typ.startswith("bool"):
            if raw.lower() in ("1", "true", "yes", "on"):
                return True
            if raw.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
    except ValueError as e:
        raise ValueError(f"QUOTESVC_{name.upper()}={raw!r} is not a valid {typ}") from e
    return raw
