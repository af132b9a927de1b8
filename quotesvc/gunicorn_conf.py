"""gunicorn settings from QUOTESVC_* environment variables (see quotesvc.config.Settings)."""

from quotesvc.config import Settings

_settings = Settings.from_env()

bind = f"{_settings.host}:{_settings.port}"
workers = _settings.workers
threads = _settings.worker_threads
worker_class = "gthread"
preload_app = _settings.preload  # one model load, shared copy-on-write by the workers
timeout = max(60, int(_settings.timeout * 2))
graceful_timeout = 30
loglevel = _settings.log_level
accesslog = None  # quotesvc writes its own JSON access log
errorlog = "-"


def post_fork(server, worker):
    # torch's thread pool belongs to the worker: probe (and set threads) after the fork.
    from quotesvc import wsgi

    wsgi.app.extensions["quotesvc"].start_background_warm_up()
