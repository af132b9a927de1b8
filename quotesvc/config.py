"""Settings from ``QUOTESVC_*`` environment variables (documented in the README's table)."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from typing import Any

from quotesvc.errors import ConfigError

MIN_API_KEY_CHARS = 16


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
    worker_threads: int = 16  # gunicorn threads per worker (health checks stay answered)
    read_timeout: float = 10.0  # seconds to receive one request (headers and body) -> dropped / 408
    host: str = "127.0.0.1"  # loopback unless asked: the container sets 0.0.0.0
    port: int = 8000
    log_level: str = "info"
    access_log: bool = True
    preload: bool = False  # load the model once in the gunicorn master, shared by the workers
    api_keys: str = ""  # comma-separated; when set, /v1 and /version need one (Bearer or X-API-Key)
    cors_origins: str = ""  # comma-separated origins allowed cross-origin access; none by default
    trusted_proxies: int = 0  # reverse proxies in front whose X-Forwarded-For is believed

    @property
    def api_key_list(self) -> tuple[str, ...]:
        return tuple(k.strip() for k in self.api_keys.split(",") if k.strip())

    @property
    def cors_origin_list(self) -> tuple[str, ...]:
        return tuple(o.strip() for o in self.cors_origins.split(",") if o.strip())

    def __post_init__(self) -> None:
        positive = (
            "max_chars",
            "max_body_bytes",
            "max_batch",
            "timeout",
            "max_pending",
            "workers",
            "worker_threads",
            "read_timeout",
        )
        for name in positive:
            if getattr(self, name) <= 0:
                raise ConfigError(f"QUOTESVC_{name.upper()}={getattr(self, name)!r}: expected a number above 0")
        if self.threads < 0:
            raise ConfigError(f"QUOTESVC_THREADS={self.threads!r}: expected 0 (torch's default) or more")
        if self.trusted_proxies < 0:
            raise ConfigError(f"QUOTESVC_TRUSTED_PROXIES={self.trusted_proxies!r}: expected 0 or more")
        if any(len(k) < MIN_API_KEY_CHARS for k in self.api_key_list):
            raise ConfigError(f"QUOTESVC_API_KEYS: expected keys of at least {MIN_API_KEY_CHARS} characters")
        if not 0 < self.port < 65536:
            raise ConfigError(f"QUOTESVC_PORT={self.port!r}: expected a port number, 1 to 65535")

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


_EXPECTED = {"int": "a whole number", "float": "a number", "bool": "true or false (also 1/0, yes/no, on/off)"}


def _convert(name: str, raw: str, typ: object) -> object:
    kind = str(typ).split(" ")[0]
    try:
        if kind.startswith("int"):
            return int(raw)
        if kind.startswith("float"):
            return float(raw)
        if kind.startswith("bool"):
            if raw.lower() in ("1", "true", "yes", "on"):
                return True
            if raw.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
    except ValueError:
        expected = next(v for k, v in _EXPECTED.items() if kind.startswith(k))
        raise ConfigError(f"QUOTESVC_{name.upper()}={raw!r}: expected {expected}") from None
    return raw
