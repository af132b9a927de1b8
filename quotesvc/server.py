"""``python -m quotesvc serve``: gunicorn with quotesvc's config (never Flask's dev server)."""

from __future__ import annotations

import os
import sys

from quotesvc.config import Settings

GUNICORN_ARGS = ["-c", "python:quotesvc.gunicorn_conf", "quotesvc.wsgi:app"]


def run_gunicorn(settings: Settings) -> int:
    env = dict(os.environ)
    for name in ("host", "port", "workers", "model_dir", "threads"):
        value = getattr(settings, name)
        if value is not None:
            env[f"QUOTESVC_{name.upper()}"] = str(value)
    os.execvpe(sys.executable, [sys.executable, "-m", "gunicorn", *GUNICORN_ARGS], env)
    return 0  # not reached
