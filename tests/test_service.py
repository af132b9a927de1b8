"""Where the service loads its model: in the thread that runs it, or before a fork with one thread."""

import threading

import pytest
from flask import Flask

from quotesvc.config import Settings
from quotesvc.service import QuoteService, WarmUp
from tests.fakes import FakeExtractor


@pytest.fixture
def loads(monkeypatch):
    """Each model load as (thread name, torch threads asked for), with a fake extractor."""
    import quotesvc.extract

    seen: list[tuple[str, int | None]] = []

    class Recording(FakeExtractor):
        def __init__(self, *, model_dir=None, threads=None):
            super().__init__()
            seen.append((threading.current_thread().name, threads))

    monkeypatch.setattr(quotesvc.extract, "Extractor", Recording)
    return seen


def test_service_loads_and_runs_the_model_in_one_thread(loads):
    svc = QuoteService(Settings(threads=2))
    svc.init_app(Flask(__name__), warm=WarmUp.NOW)
    ((thread, threads),) = loads
    assert thread.startswith("quotesvc-model") and threads == 2
    runs = []
    svc.extractor.extract_many = lambda texts, **kw: runs.append(threading.current_thread().name) or []
    svc.run(["“A quote,” Ann said."], [None])
    assert runs == [thread]


def test_service_loads_before_a_fork_in_the_callers_thread_with_one_torch_thread(loads):
    # a gunicorn master with preload_app: no OpenMP pool may exist to be forked
    svc = QuoteService(Settings(threads=2))
    svc.init_app(Flask(__name__), warm=WarmUp.NONE)
    assert loads == [(threading.current_thread().name, 1)]
    assert not svc.ready.is_set()


def test_service_without_preload_loads_in_the_warm_up(loads):
    svc = QuoteService(Settings(threads=2))
    svc.init_app(Flask(__name__), load=False, warm=WarmUp.NONE)
    assert loads == []
    svc.warm_up()  # what gunicorn's post_fork starts in each worker
    ((thread, _),) = loads
    assert thread.startswith("quotesvc-model") and svc.ready.is_set()
