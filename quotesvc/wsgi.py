"""WSGI entry for gunicorn: ``gunicorn -c python:quotesvc.gunicorn_conf quotesvc.wsgi:app``.

Imported once in the gunicorn master (``preload_app``): the model loads here, before the
workers fork; each worker runs the probe itself (``gunicorn_conf.post_fork``)."""

from quotesvc.app import create_app
from quotesvc.service import WarmUp

app = create_app(warm=WarmUp.NONE)
