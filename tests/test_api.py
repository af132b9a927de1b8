"""The HTTP API through Flask's test client: results, and every row of the error table."""
import json

import pytest

pytestmark = pytest.mark.model

KERRY = "“There is no safety margin whatsoever,” Secretary of State John Kerry said."


def error_of(resp, status, code):
    assert resp.status_code == status, resp.get_data(as_text=True)
    assert resp.mimetype == "application/json"
    body = resp.get_json()
    assert set(body) == {"error"} and body["error"]["code"] == code
    assert body["error"]["message"] and isinstance(body["error"]["details"], dict)
    assert "Traceback" not in resp.get_data(as_text=True)
    return body["error"]


def test_api_post_json(client):
    resp = client.post("/v1/quotes", json={"text": KERRY, "id": "k1"})
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["id"] == "k1"
    (q,) = body["quotes"]
    assert q["speaker"]["name"] == "John Kerry" and q["type"] == "direct"
    assert KERRY[q["start"]:q["end"]] == q["text"]
    assert body["model"]["name"]


def test_api_post_text_plain(client):
    resp = client.post("/v1/quotes", data=KERRY.encode(), content_type="text/plain; charset=utf-8")
    assert resp.status_code == 200
    assert resp.get_json()["quotes"][0]["speaker"]["name"] == "John Kerry"


def test_api_options_filter_types(client):
    text = KERRY + " Officials said the bridge would reopen on Monday."
    resp = client.post("/v1/quotes", json={"text": text, "options": {"types": ["indirect"]}})
    assert [q["type"] for q in resp.get_json()["quotes"]] == ["indirect"]


def test_api_error_malformed_json(client):
    error_of(client.post("/v1/quotes", data=b'{"text": ', content_type="application/json"), 400, "invalid_json")


def test_api_error_invalid_utf8(client):
    error_of(client.post("/v1/quotes", data=b'{"text": "caf\xe9"}', content_type="application/json"),
             400, "invalid_utf8")


def test_api_error_lone_surrogate(client):
    error_of(client.post("/v1/quotes", data=b'{"text": "a \\ud800 b"}', content_type="application/json"),
             400, "invalid_utf8")


def test_api_error_unsupported_content_type(client):
    error_of(client.post("/v1/quotes", data=b"<text/>", content_type="application/xml"), 415, "unsupported_media_type")


@pytest.mark.parametrize("body", [
    {}, {"text": ""}, {"text": 42}, {"text": None}, {"text": ["a"]},
    {"text": "ok", "options": {"colour": "red"}}, {"text": "ok", "extra": 1},
    {"text": "ok", "options": {"min_confidence": 2}}, [1, 2, 3], "just a string",
])
def test_api_error_schema_violations(client, body):
    err = error_of(client.post("/v1/quotes", json=body), 422, "validation_error")
    assert err["details"]["fields"]


def test_api_error_text_over_limit(client):
    err = error_of(client.post("/v1/quotes", json={"text": "word " * 1001}), 413, "text_too_long")
    assert err["details"]["limit"] == 5000


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


def test_api_error_timeout(extractor, seed_text):
    from quotesvc.app import create_app
    from quotesvc.config import Settings

    app = create_app(settings=Settings(timeout=0.001), extractor=extractor, warm="now")
    error_of(app.test_client().post("/v1/quotes", json={"text": seed_text}), 504, "timeout")


def test_api_not_ready_is_503(extractor):
    from quotesvc.app import create_app
    from quotesvc.config import Settings

    app = create_app(settings=Settings(), extractor=extractor, warm="none")
    c = app.test_client()
    error_of(c.get("/readyz"), 503, "not_ready")
    error_of(c.post("/v1/quotes", json={"text": KERRY}), 503, "not_ready")
    assert c.get("/healthz").status_code == 200


def test_api_missing_model_reported_by_readyz(tmp_path):
    from quotesvc.app import create_app
    from quotesvc.config import Settings

    app = create_app(settings=Settings(model_dir=str(tmp_path / "gone")))
    err = error_of(app.test_client().get("/readyz"), 503, "model_error")
    assert str(tmp_path / "gone") in err["message"]


def test_api_unknown_path_and_method_are_json(client):
    error_of(client.get("/nope"), 404, "not_found")
    error_of(client.get("/v1/quotes"), 405, "method_not_allowed")


def test_api_batch_keeps_order_and_isolates_bad_documents(client):
    docs = [{"id": "a", "text": KERRY}, {"id": "b", "text": ""}, {"id": "c", "text": 7},
            {"id": "d", "text": "Officials said the bridge would reopen on Monday."}]
    resp = client.post("/v1/quotes/batch", json={"documents": docs})
    assert resp.status_code == 200
    results = resp.get_json()["results"]
    assert [r["id"] for r in results] == ["a", "b", "c", "d"]
    assert results[0]["quotes"][0]["speaker"]["name"] == "John Kerry"
    assert results[1]["error"]["code"] == "validation_error"
    assert results[2]["error"]["code"] == "validation_error"
    assert results[3]["quotes"][0]["type"] == "indirect"


def test_api_batch_over_limit(client):
    docs = [{"id": str(i), "text": KERRY} for i in range(5)]
    error_of(client.post("/v1/quotes/batch", json={"documents": docs}), 413, "batch_too_large")


def test_api_batch_schema_violation(client):
    error_of(client.post("/v1/quotes/batch", json={"documents": []}), 422, "validation_error")
    error_of(client.post("/v1/quotes/batch", json={"docs": [1]}), 422, "validation_error")


def test_api_health_ready_version_openapi_docs(client):
    assert client.get("/healthz").get_json() == {"status": "ok"}
    assert client.get("/readyz").get_json() == {"status": "ready"}
    version = client.get("/version").get_json()
    assert version["quotesvc"] and version["stanza"] and version["model"]["name"]
    spec = client.get("/openapi.json").get_json()
    assert "/v1/quotes" in spec["paths"] and "/v1/quotes/batch" in spec["paths"]
    page = client.get("/docs")
    assert page.status_code == 200 and b"/v1/quotes" in page.data


def test_api_long_sentence_and_unbalanced_quotes(client):
    text = "“" + "the long list goes on and on, " * 150 + "said nobody."
    resp = client.post("/v1/quotes", json={"text": text})
    assert resp.status_code == 200
    for q in resp.get_json()["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]


def test_api_committed_openapi_is_current():
    from quotesvc.app import create_app
    from quotesvc.config import Settings
    from tests.conftest import ROOT

    app = create_app(settings=Settings(), load=False, warm="none")
    committed = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    assert app.test_client().get("/openapi.json").get_json() == committed, "run: python scripts/write_openapi.py"


def test_api_spec_states_the_configured_limits(client):
    spec = client.get("/openapi.json").get_json()
    schemas = spec["components"]["schemas"]
    assert schemas["ExtractRequest"]["properties"]["text"]["maxLength"] == 5000
    assert schemas["BatchRequest"]["properties"]["documents"]["maxItems"] == 4
