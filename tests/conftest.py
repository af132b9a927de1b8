"""The only conftest: the shared extractor (loaded once), the apps, their clients, fixture paths.

``app``/``client`` serve a fake extractor (``tests/fakes.py``): the web layer without the model.
``model_app``/``model_client`` serve the real Stanza pipeline on the bundled model (marked
``model``; ``-m "not model"`` skips them for a quick run).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotesvc.config import Settings
from tests.fakes import FakeExtractor

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
#: The limits every test app runs with (small, so over-limit cases stay cheap).
TEST_SETTINGS = Settings(max_chars=5000, max_body_bytes=60_000, max_batch=4, timeout=60)


def pytest_addoption(parser):
    parser.addoption("--run-slow", action="store_true", help="also run tests marked slow (the tiny training run)")


def pytest_collection_modifyitems(config, items):
    """``slow`` is opt-in: ``--run-slow`` (or ``-m slow``) runs those tests."""
    if config.getoption("--run-slow") or "slow" in (config.getoption("-m") or ""):
        return
    skip = pytest.mark.skip(reason="slow: run with --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (FIXTURES / "seed_article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads((FIXTURES / "seed.gold.jsonl").read_text(encoding="utf-8").splitlines()[0])


@pytest.fixture(scope="session")
def extractor():
    from quotesvc.extract import Extractor

    return Extractor(threads=2)


@pytest.fixture(scope="session")
def seed_result(extractor, seed_text):
    return extractor.extract(seed_text, doc_id="seed")


@pytest.fixture()
def fake_extractor() -> FakeExtractor:
    return FakeExtractor()


@pytest.fixture()
def app(fake_extractor):
    from quotesvc.app import create_app
    from quotesvc.service import WarmUp

    return create_app(TEST_SETTINGS, extractor=fake_extractor, warm=WarmUp.NOW)


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture()
def model_app(extractor):
    from quotesvc.app import create_app
    from quotesvc.service import WarmUp

    return create_app(TEST_SETTINGS, extractor=extractor, warm=WarmUp.NOW)


@pytest.fixture()
def model_client(model_app):
    return model_app.test_client()
