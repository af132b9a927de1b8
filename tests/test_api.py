"""The HTTP API through Flask's test client.

Model-free (a fake extractor, ``tests/fakes.py``): every row of the error table, the limits, batch
isolation, the schemas, the spec. Marked ``model``: a few on the real pipeline.
"""

import json

import pytest

from quotesvc import errors
from quotesvc.app import create_app
from quotesvc.config import Settings
from quotesvc.service import WarmUp
from tests.conftest import ROOT
from tests.fakes import FakeExtractor

KERRY = "“There is no safety margin whatsoever,” Kerry said."


def error_of(resp, status, code):
    assert resp.status_code == status, resp.get_data(as_text=True)
    assert resp.mimetype == "application/json"
    body = resp.get_json()
    assert set(body) == {"error"} and body["error"]["code"] == code
    assert body["error"]["message"] and isinstance(body["error"]["details"], dict)
    assert "Traceback" not in resp.get_data(as_text=True)
    return body["error"]


# --------------------------------------------------------------------------- model-free


def test_api_post_json_serialises_the_extractor_result(client, fake_extractor):
    resp = client.post("/v1/quotes", json={"text": KERRY, "id": "k1"})
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["id"] == "k1" and body["model"] == FakeExtractor.model
    (q,) = body["quotes"]
    assert q["speaker"]["name"] == "Kerry" and q["type"] == "direct"
    assert KERRY[q["start"] : q["end"]] == q["text"]
    assert fake_extractor.calls[-1] == [KERRY]
    assert body["speakers"] == [{"name": "Kerry", "kind": "person", "mentions": [[40, 45]], "quote_ids": ["q1"]}]


def test_api_post_text_plain(client):
    resp = client.post("/v1/quotes", data=KERRY.encode(), content_type="text/plain; charset=utf-8")
    assert resp.status_code == 200
    assert resp.get_json()["quotes"][0]["speaker"]["name"] == "Kerry"


def test_api_options_filter_types_and_confidence(client):
    text = KERRY + " “Nobody claims this one.”"
    assert len(client.post("/v1/quotes", json={"text": text}).get_json()["quotes"]) == 2
    resp = client.post("/v1/quotes", json={"text": text, "options": {"min_confidence": 0.5}})
    assert [q["speaker"]["name"] for q in resp.get_json()["quotes"]] == ["Kerry"]
    resp = client.post("/v1/quotes", json={"text": text, "options": {"types": ["indirect"]}})
    assert resp.get_json()["quotes"] == []


def test_api_error_malformed_json(client):
    error_of(client.post("/v1/quotes", data=b'{"text": ', content_type="application/json"), 400, "invalid_json")


def test_api_error_invalid_utf8(client):
    error_of(
        client.post("/v1/quotes", data=b'{"text": "caf\xe9"}', content_type="application/json"), 400, "invalid_utf8"
    )


def test_api_error_invalid_utf8_in_text_plain(client):
    error_of(client.post("/v1/quotes", data=b"caf\xe9", content_type="text/plain"), 400, "invalid_utf8")


def test_api_error_lone_surrogate(client):
    error_of(
        client.post("/v1/quotes", data=b'{"text": "a \\ud800 b"}', content_type="application/json"), 400, "invalid_utf8"
    )


def test_api_error_unsupported_content_type(client):
    error_of(client.post("/v1/quotes", data=b"<text/>", content_type="application/xml"), 415, "unsupported_media_type")
    error_of(client.post("/v1/quotes/batch", data=b"x", content_type="text/plain"), 415, "unsupported_media_type")


def test_api_error_unsupported_charset(client):
    error_of(
        client.post("/v1/quotes", data="abc".encode("latin-1"), content_type="text/plain; charset=latin-1"),
        415,
        "unsupported_charset",
    )


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"text": ""},
        {"text": 42},
        {"text": None},
        {"text": ["a"]},
        {"text": "ok", "options": {"colour": "red"}},
        {"text": "ok", "extra": 1},
        {"text": "ok", "options": {"min_confidence": 2}},
        [1, 2, 3],
        "just a string",
    ],
)
def test_api_error_schema_violations(client, body, fake_extractor):
    err = error_of(client.post("/v1/quotes", json=body), 422, "validation_error")
    assert err["details"]["fields"]
    assert fake_extractor.calls == [fake_extractor.calls[0]]  # only the warm-up probe reached it


def test_api_error_text_over_limit(client):
    err = error_of(client.post("/v1/quotes", json={"text": "word " * 1001}), 413, "text_too_long")
    assert err["details"] == {"limit": 5000, "length": 5005}


def test_api_text_at_the_limit_is_accepted(client):
    assert client.post("/v1/quotes", json={"text": "w" * 5000}).status_code == 200


def test_api_error_body_over_limit(client):
    error_of(client.post("/v1/quotes", data=b"x" * 70_000, content_type="text/plain"), 413, "body_too_large")


def test_api_error_saturated(app, client):
    svc = app.extensions["quotesvc"]
    held = 0
    while svc._pending.acquire(blocking=False):
        held += 1
    try:
        error_of(client.post("/v1/quotes", json={"text": KERRY}), 429, "saturated")
    finally:
        for _ in range(held):
            svc._pending.release()
    assert client.post("/v1/quotes", json={"text": KERRY}).status_code == 200


def test_api_error_timeout():
    app = create_app(Settings(timeout=0.2), extractor=FakeExtractor(slow_seconds=1.0), warm=WarmUp.NOW)
    error_of(app.test_client().post("/v1/quotes", json={"text": "FAKE:SLOW " + KERRY}), 504, "timeout")


def test_api_extractor_failure_is_a_json_500(client):
    err = error_of(client.post("/v1/quotes", json={"text": "FAKE:FAIL"}), 500, "internal_error")
    assert "fake" not in err["message"]  # no internals leave the server


def test_api_not_ready_is_503():
    app = create_app(Settings(), extractor=FakeExtractor(), warm=WarmUp.NONE)
    c = app.test_client()
    error_of(c.get("/readyz"), 503, "not_ready")
    error_of(c.post("/v1/quotes", json={"text": KERRY}), 503, "not_ready")
    assert c.get("/healthz").status_code == 200


def test_api_missing_model_reported_by_readyz(tmp_path):
    app = create_app(Settings(model_dir=str(tmp_path / "gone")))
    err = error_of(app.test_client().get("/readyz"), 503, "model_error")
    assert str(tmp_path / "gone") in err["message"]
    error_of(app.test_client().post("/v1/quotes", json={"text": KERRY}), 503, "model_error")


def test_api_unknown_path_and_method_are_json(client):
    error_of(client.get("/nope"), 404, "not_found")
    error_of(client.get("/v1/quotes"), 405, "method_not_allowed")


def test_api_batch_keeps_order_and_isolates_bad_documents(client):
    docs = [
        {"id": "a", "text": KERRY},
        {"id": "b", "text": ""},
        {"id": "c", "text": 7},
        {"id": "d", "text": "“Fine words,” Lee said."},
        {"id": "e", "text": "x" * 5001},
    ]
    resp = client.post("/v1/quotes/batch", json={"documents": docs[:4]})
    assert resp.status_code == 200
    results = resp.get_json()["results"]
    assert [r["id"] for r in results] == ["a", "b", "c", "d"]
    assert results[0]["quotes"][0]["speaker"]["name"] == "Kerry"
    assert results[1]["error"]["code"] == "validation_error"
    assert results[2]["error"]["code"] == "validation_error"
    assert results[3]["quotes"][0]["speaker"]["name"] == "Lee"
    results = client.post("/v1/quotes/batch", json={"documents": [docs[4], docs[0]]}).get_json()["results"]
    assert results[0]["error"]["code"] == "text_too_long" and results[1]["quotes"]


def test_api_batch_over_limit(client):
    docs = [{"id": str(i), "text": KERRY} for i in range(5)]
    err = error_of(client.post("/v1/quotes/batch", json={"documents": docs}), 413, "batch_too_large")
    assert err["details"]["limit"] == 4


def test_api_batch_schema_violation(client):
    error_of(client.post("/v1/quotes/batch", json={"documents": []}), 422, "validation_error")
    error_of(client.post("/v1/quotes/batch", json={"docs": [1]}), 422, "validation_error")


def test_api_health_ready_version_openapi_docs(client):
    assert client.get("/healthz").get_json() == {"status": "ok"}
    assert client.get("/readyz").get_json() == {"status": "ready"}
    version = client.get("/version").get_json()
    assert version["quotesvc"] and version["stanza"] and version["model"] == FakeExtractor.model
    spec = client.get("/openapi.json").get_json()
    assert "/v1/quotes" in spec["paths"] and "/v1/quotes/batch" in spec["paths"]
    page = client.get("/docs")
    assert page.status_code == 200 and b"/v1/quotes" in page.data


def test_api_request_id_is_echoed(client):
    assert client.get("/healthz", headers={"X-Request-ID": "abc123"}).headers["X-Request-ID"] == "abc123"
    assert len(client.get("/healthz").headers["X-Request-ID"]) == 32


def test_api_committed_openapi_is_current():
    app = create_app(Settings(), load=False, warm=WarmUp.NONE)
    committed = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    assert app.test_client().get("/openapi.json").get_json() == committed, "run: python scripts/write_openapi.py"


def test_api_spec_states_the_configured_limits(client):
    spec = client.get("/openapi.json").get_json()
    schemas = spec["components"]["schemas"]
    assert schemas["ExtractRequest"]["properties"]["text"]["maxLength"] == 5000
    assert schemas["BatchRequest"]["properties"]["documents"]["maxItems"] == 4
    assert "PaginationMetadata" not in schemas   # no route paginates
    assert schemas["Speaker"]["properties"]["name"]["nullable"] is True
    assert "addressed to" in schemas["Addressee"]["properties"]["name"]["description"]


def test_api_readme_error_table_lists_every_code():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| status | code | when |") :]
    table = table[: table.index("\n\n")]
    for err in errors.ALL:
        if err is errors.EmptyLineError:
            continue  # a JSONL line's error, not an HTTP answer
        assert f"`{err.code}`" in table and str(err.http_status) in table, err.code


# --------------------------------------------------------------------------- the real model


@pytest.mark.model
def test_api_model_post_json(model_client):
    text = "“There is no safety margin whatsoever,” Secretary of State John Kerry said."
    body = model_client.post("/v1/quotes", json={"text": text, "id": "k1"}).get_json()
    (q,) = body["quotes"]
    assert q["speaker"]["name"] == "John Kerry" and q["type"] == "direct"
    assert text[q["start"] : q["end"]] == q["text"]
    assert body["model"]["name"] == "quotesvc-en-ewt"


@pytest.mark.model
def test_api_model_options_filter_types(model_client):
    text = KERRY + " Officials said the bridge would reopen on Monday."
    resp = model_client.post("/v1/quotes", json={"text": text, "options": {"types": ["indirect"]}})
    assert [q["type"] for q in resp.get_json()["quotes"]] == ["indirect"]


@pytest.mark.model
def test_api_model_long_sentence_and_unbalanced_quotes(model_client):
    text = "“" + "the long list goes on and on, " * 150 + "said nobody."
    resp = model_client.post("/v1/quotes", json={"text": text})
    assert resp.status_code == 200
    for q in resp.get_json()["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]
