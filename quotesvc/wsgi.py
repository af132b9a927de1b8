"""WSGI entry for gunicorn: ``gunicorn -c python:quotesvc.gunicorn_conf quotesvc.wsgi:app``.

With ``QUOTESVC_PRELOAD=true`` (``preload_app``) it is imported in the gunicorn master and the
model loads here, once, before the workers fork. Otherwise (the default) each worker imports it
and loads the model in its own model thread during the warm-up (``gunicorn_conf.post_fork``),
which runs the model faster than a model loaded before the fork."""

from quotesvc.app import create_app
from quotesvc.config import Settings
from quotesvc.service import WarmUp

_settings = Settings.from_env()
app = create_app(_settings, load=_settings.preload, warm=WarmUp.NONE)
