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


def test_api_options_scope_reaches_the_extractor(client, fake_extractor):
    client.post("/v1/quotes", json={"text": KERRY})
    client.post("/v1/quotes", json={"text": KERRY, "options": {"scope": "attributions"}})
    client.post("/v1/quotes", data=KERRY.encode(), content_type="text/plain")
    assert [s.value for s in fake_extractor.scopes[1:]] == ["statements", "attributions", "statements"]
    assert client.post("/v1/quotes", json={"text": KERRY}).get_json()["quotes"][0]["category"] == "statement"


def test_api_batch_runs_each_scope_once_and_keeps_the_order(client, fake_extractor):
    docs = [
        {"id": "a", "text": KERRY, "options": {"scope": "attributions"}},
        {"id": "b", "text": KERRY},
        {"id": "c", "text": KERRY, "options": {"scope": "attributions"}},
    ]
    results = client.post("/v1/quotes/batch", json={"documents": docs}).get_json()["results"]
    assert [r["id"] for r in results] == ["a", "b", "c"]
    calls = list(zip(fake_extractor.scopes[1:], fake_extractor.calls[1:], strict=True))
    assert [(s.value, len(texts)) for s, texts in calls] == [("statements", 1), ("attributions", 2)]


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
        {"text": "ok", "options": {"scope": "everything"}},
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


def test_api_timed_out_work_stops_and_frees_the_worker():
    fake = FakeExtractor(slow_seconds=30.0)
    app = create_app(Settings(timeout=0.3), extractor=fake, warm=WarmUp.NOW)
    c = app.test_client()
    error_of(c.post("/v1/quotes", json={"text": "FAKE:SLOW"}), 504, "timeout")
    # The abandoned work stops at its next check: the next request is served, not queued behind
    # 30 s of it (with a 0.3 s limit it would be a 504 again).
    resp = c.post("/v1/quotes", json={"text": KERRY})
    assert resp.status_code == 200, resp.get_json()


def test_api_request_waits_for_a_worker_that_is_warming_up():
    import threading

    app = create_app(Settings(timeout=5), extractor=FakeExtractor(), warm=WarmUp.NONE)
    svc = app.extensions["quotesvc"]
    svc.warming.set()  # as gunicorn's post_fork does before the probe
    threading.Timer(0.3, svc.ready.set).start()
    resp = app.test_client().post("/v1/quotes", json={"text": KERRY})
    assert resp.status_code == 200  # not a 503 at once


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
    assert str(tmp_path) not in json.dumps(err)  # no server path in any answer
    err = error_of(app.test_client().post("/v1/quotes", json={"text": KERRY}), 503, "model_error")
    assert str(tmp_path) not in json.dumps(err)


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
    docs = client.get("/docs")
    assert docs.status_code == 200 and b"swagger-ui" in docs.data
    assert client.get("/docs/assets/swagger-ui-bundle.js").status_code == 200  # packaged, no CDN
    assert b"https://" not in docs.data


def test_api_page_is_served_with_a_strict_content_security_policy(client):
    page = client.get("/")
    assert page.status_code == 200 and b'id="article"' in page.data
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]
    for asset in ("/static/page.js", "/static/page.css"):
        assert client.get(asset).status_code == 200
    assert b"innerHTML" not in client.get("/static/page.js").data  # user text only as text nodes


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
    assert "PaginationMetadata" not in schemas  # no route paginates
    assert schemas["Speaker"]["properties"]["name"]["nullable"] is True
    assert "addressed to" in schemas["Addressee"]["properties"]["name"]["description"]


def test_api_readme_error_table_lists_every_code():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| status | code | when |") :]
    table = table[: table.index("\n\n")]
    for err in errors.ALL:
        if err in (errors.EmptyLineError, errors.ConfigError):
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
def test_api_model_scope_attributions_adds_the_other_categories(model_client):
    text = KERRY + " The senator urged Congress to act on the bill."
    default = model_client.post("/v1/quotes", json={"text": text}).get_json()["quotes"]
    assert {q["category"] for q in default} == {"statement"}
    every = model_client.post("/v1/quotes", json={"text": text, "options": {"scope": "attributions"}}).get_json()
    urged = [q for q in every["quotes"] if q["category"] == "speech_act"]
    assert [q["text"] for q in urged] == ["Congress to act on the bill"]
    assert [q["text"] for q in every["quotes"] if q["category"] == "statement"] == [q["text"] for q in default]


@pytest.mark.model
def test_api_model_long_sentence_and_unbalanced_quotes(model_client):
    text = "“" + "the long list goes on and on, " * 150 + "said nobody."
    resp = model_client.post("/v1/quotes", json={"text": text})
    assert resp.status_code == 200
    for q in resp.get_json()["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]


# --------------------------------------------------------------------------- hostile input, locking


def test_api_deeply_nested_json_is_400(client):
    body = b'{"text": ' + b"[" * 20_000 + b"]" * 20_000 + b"}"
    error_of(client.post("/v1/quotes", data=body, content_type="application/json"), 400, "invalid_json")


def _chunked(client, body: bytes):
    """A body with no Content-Length, as a chunked upload reaches the app."""
    import io

    return client.post(
        "/v1/quotes", input_stream=io.BytesIO(body), content_type="text/plain", headers={"Transfer-Encoding": "chunked"}
    )


def test_api_chunked_body_over_the_limit_is_413(client):
    error_of(_chunked(client, b"x" * 80_000), 413, "body_too_large")  # the limit is 60,000


def test_api_chunked_body_under_the_limit_is_read_whole(client):
    resp = _chunked(client, KERRY.encode())
    assert resp.status_code == 200 and resp.get_json()["quotes"][0]["speaker"]["name"] == "Kerry"


def test_api_whitespace_only_text_is_a_document_with_no_quotes(client):
    resp = client.post("/v1/quotes", json={"text": " \n\t \x85"})
    assert resp.status_code == 200 and resp.get_json()["quotes"] == []


@pytest.mark.parametrize("doc_id", ["x" * 257, "a \ud800 b"])
def test_api_bad_ids_are_rejected(client, doc_id):
    body = json.dumps({"text": KERRY, "id": doc_id}).encode()  # \ud800 travels as a JSON escape
    err = error_of(client.post("/v1/quotes", data=body, content_type="application/json"), 422, "validation_error")
    assert "id" in err["details"]["fields"]


def test_api_batch_item_that_is_not_an_object_gets_its_own_error(client):
    docs = [{"id": "a", "text": KERRY}, "just a string", {"id": "\ud800", "text": KERRY}, None]
    body = json.dumps({"documents": docs}).encode()
    results = client.post("/v1/quotes/batch", data=body, content_type="application/json").get_json()["results"]
    assert results[0]["quotes"][0]["speaker"]["name"] == "Kerry"
    assert [r["error"]["code"] for r in results[1:]] == ["validation_error"] * 3
    assert results[2]["id"] is None  # an id that cannot be encoded is not echoed


def test_api_nosniff_on_every_answer(client):
    for resp in (client.get("/healthz"), client.get("/nope"), client.post("/v1/quotes", json={})):
        assert resp.headers["X-Content-Type-Options"] == "nosniff"


def test_api_request_id_is_capped_and_kept_plain(client):
    assert client.get("/healthz", headers={"X-Request-ID": "a" * 128}).headers["X-Request-ID"] == "a" * 128
    for bad in ("a" * 129, "x" * 8000, "a b", "<script>"):
        echoed = client.get("/healthz", headers={"X-Request-ID": bad}).headers["X-Request-ID"]
        assert echoed != bad and len(echoed) == 32


KEY = "k" * 24


@pytest.fixture()
def locked():
    return create_app(Settings(api_keys=f"{KEY},{'z' * 20}"), extractor=FakeExtractor(), warm=WarmUp.NOW).test_client()


def test_api_keys_lock_the_api(locked):
    resp = locked.post("/v1/quotes", json={"text": KERRY})
    error_of(resp, 401, "unauthorized")
    assert resp.headers["WWW-Authenticate"].startswith("Bearer")
    error_of(locked.post("/v1/quotes", json={"text": KERRY}, headers={"X-API-Key": "wrong" * 5}), 401, "unauthorized")
    error_of(locked.get("/version"), 401, "unauthorized")
    assert (
        locked.post("/v1/quotes", json={"text": KERRY}, headers={"Authorization": f"Bearer {KEY}"}).status_code == 200
    )
    assert (
        locked.post(
            "/v1/quotes/batch", json={"documents": [{"text": KERRY}]}, headers={"X-API-Key": "z" * 20}
        ).status_code
        == 200
    )


def test_api_keys_leave_health_and_readiness_open(locked):
    assert locked.get("/healthz").status_code == 200
    assert locked.get("/readyz").status_code == 200
    assert locked.get("/openapi.json").status_code == 200


def test_api_short_keys_are_a_configuration_error():
    with pytest.raises(errors.ConfigError, match="QUOTESVC_API_KEYS"):
        Settings(api_keys="short")


def test_api_no_cross_origin_access_by_default(client):
    resp = client.post("/v1/quotes", json={"text": KERRY}, headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in resp.headers


def test_api_cors_allows_only_the_named_origins():
    app = create_app(Settings(cors_origins="https://newsroom.example"), extractor=FakeExtractor(), warm=WarmUp.NOW)
    c = app.test_client()
    ok = c.options(
        "/v1/quotes", headers={"Origin": "https://newsroom.example", "Access-Control-Request-Method": "POST"}
    )
    assert ok.headers["Access-Control-Allow-Origin"] == "https://newsroom.example"
    other = c.post("/v1/quotes", json={"text": KERRY}, headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in other.headers


def test_api_access_log_has_the_client_behind_a_trusted_proxy():
    import logging

    lines: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record):
            lines.append(record.getMessage())

    handler = Keep()
    logging.getLogger("quotesvc.access").addHandler(handler)
    try:
        headers = {"X-Forwarded-For": "203.0.113.7"}
        trusting = create_app(Settings(trusted_proxies=1), extractor=FakeExtractor(), warm=WarmUp.NOW)
        trusting.test_client().post("/v1/quotes", json={"text": KERRY}, headers=headers)
        plain = create_app(Settings(), extractor=FakeExtractor(), warm=WarmUp.NOW)
        plain.test_client().post("/v1/quotes", json={"text": KERRY}, headers=headers)
    finally:
        logging.getLogger("quotesvc.access").removeHandler(handler)
    clients = [json.loads(line)["client"] for line in lines]
    assert clients == ["203.0.113.7", "127.0.0.1"]


def test_api_no_server_path_in_results_or_version(client, tmp_path):
    from quotesvc.modelpack import bundled_model_dir, model_info

    info = model_info(bundled_model_dir())
    assert set(info) >= {"name", "version", "checksum"} and "dir" not in info
    assert str(bundled_model_dir()) not in json.dumps(info)
