"""gunicorn settings from QUOTESVC_* environment variables (see quotesvc.config.Settings)."""

from quotesvc.config import Settings
from quotesvc.logs import GUNICORN_LOGCONFIG

_settings = Settings.from_env()

bind = f"{_settings.host}:{_settings.port}"
workers = _settings.workers
threads = _settings.worker_threads
worker_class = "quotesvc.gunicorn_worker.QuotesvcWorker"  # gthread + read deadline + JSON errors
preload_app = _settings.preload  # one model load, shared copy-on-write by the workers
timeout = max(60, int(_settings.timeout * 2))
graceful_timeout = 30
loglevel = _settings.log_level
accesslog = None  # quotesvc writes its own JSON access log
errorlog = "-"
logconfig_dict = GUNICORN_LOGCONFIG  # gunicorn's own lines are JSON too
limit_request_line = 8190  # longer request lines get 414, too many or too long headers 431 (JSON)
limit_request_fields = 100
limit_request_field_size = 8190


def post_fork(server, worker):
    # torch's thread pool belongs to the worker: probe (and set threads) after the fork.
    from quotesvc import wsgi

    wsgi.app.extensions["quotesvc"].start_background_warm_up()
