"""Run the app under gunicorn (never Flask's development server).

``preload_app`` loads the model in the master before forking, so workers share its memory
copy-on-write; each worker then parses a probe sentence (post_fork) before /readyz says ready.
"""
from __future__ import annotations

from quotesvc.config import Settings


def gunicorn_options(settings: Settings) -> dict:
    return {
        "bind": f"{settings.host}:{settings.port}",
        "workers": settings.workers,
        "threads": settings.worker_threads,
        "worker_class": "gthread",
        "preload_app": True,
        "timeout": max(60, int(settings.timeout * 2)),
        "graceful_timeout": 30,
        "loglevel": settings.log_level,
        "accesslog": None,          # quotesvc writes its own JSON access log
        "errorlog": "-",
        "post_fork": _post_fork,
    }


def _post_fork(server, worker) -> None:
    # torch's thread pool must be set up in the worker, after the fork, not in the master.
    app = worker.app.wsgi() if hasattr(worker.app, "wsgi") else None
    if app is not None:
        app.extensions["quotesvc"].start_background_warm_up()


def run_gunicorn(settings: Settings) -> int:
    from gunicorn.app.base import BaseApplication

    from quotesvc.app import create_app

    class QuotesvcApplication(BaseApplication):
        def load_config(self):
            for key, value in gunicorn_options(settings).items():
                self.cfg.set(key, value)

        def load(self):
            # Loaded once in the master (preload_app); warm-up happens per worker after fork.
            return create_app(settings=settings, warm="none")

    QuotesvcApplication().run()
    return 0
