"""The only conftest: the shared extractor (loaded once), the app, its client, fixture paths.

End-to-end tests use the real Stanza pipeline on the bundled model. ``-m "not model"`` skips
them for a quick local run of the model-free rule tests.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


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
def app(extractor):
    from quotesvc.app import create_app
    from quotesvc.config import Settings

    settings = Settings(max_chars=5000, max_body_bytes=60_000, max_batch=4, timeout=60)
    return create_app({"TESTING": True}, settings=settings, extractor=extractor, warm="now")


@pytest.fixture()
def client(app):
    return app.test_client()
