"""HTTP routes: validate, call the library, serialise. Nothing else happens here."""

from __future__ import annotations

import json

from flask import current_app, g, request
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import ValidationError

from quotesvc import __version__
from quotesvc.errors import (
    BatchTooLargeError,
    BodyTooLargeError,
    InvalidJSONError,
    InvalidUTF8Error,
    ModelLoadError,
    NotReadyError,
    QuotesvcError,
    RequestTimeoutError,
    TextTooLongError,
    UnsupportedCharsetError,
    UnsupportedMediaTypeError,
    ValidationFailedError,
)
from quotesvc.options import apply_options
from quotesvc.results import Scope
from quotesvc.schemas import (
    ArticleQuotesSchema,
    BatchDocumentSchema,
    BatchRequestSchema,
    BatchResponseSchema,
    ErrorResponseSchema,
    ExtractRequestSchema,
    HealthSchema,
    VersionSchema,
    valid_id,
)
from quotesvc.service import QuoteService

BODY_CHUNK_BYTES = 1 << 16

quotes = Blueprint("quotes", __name__, url_prefix="/v1", description="Quote extraction and attribution")
ops = Blueprint("ops", __name__, description="Health, readiness and version")


def service() -> QuoteService:
    return current_app.extensions["quotesvc"]


def _read_body(limit: int) -> bytes:
    """The body, reading at most LIMIT + 1 bytes: a declared length is checked first, and a chunked
    body (no length) is counted as it arrives, so going over the limit is a 413, never a cut."""
    if request.content_length is not None:
        if request.content_length > limit:
            raise BodyTooLargeError(f"request body is over {limit} bytes", details={"limit": limit})
        return request.get_data(cache=True)
    stream = request.environ.get("wsgi.input")
    if stream is None:
        return b""
    chunks, size = [], 0
    while size <= limit:
        chunk = stream.read(min(BODY_CHUNK_BYTES, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _body_text() -> str:
    settings = service().settings
    try:
        raw = _read_body(settings.max_body_bytes)
    except OSError as e:  # the client stopped sending before QUOTESVC_READ_TIMEOUT
        raise RequestTimeoutError(
            f"the request body did not arrive within {settings.read_timeout:g} s",
            details={"limit": settings.read_timeout},
        ) from e
    if len(raw) > settings.max_body_bytes:
        raise BodyTooLargeError(
            f"request body is over {settings.max_body_bytes} bytes", details={"limit": settings.max_body_bytes}
        )
    charset = (request.mimetype_params.get("charset") or "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise UnsupportedCharsetError(f"charset {charset} is not supported; send UTF-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InvalidUTF8Error(
            f"the body is not valid UTF-8: {e.reason} at byte {e.start}", details={"byte": e.start}
        ) from e


def _json_body() -> object:
    text = _body_text()
    try:
        return json.loads(text)
    except ValueError as e:
        raise InvalidJSONError(f"the body is not valid JSON: {e}") from e
    except RecursionError as e:
        raise InvalidJSONError("the body is nested too deeply to be a request") from e


def _check_text(text: str, where: str = "text") -> None:
    settings = service().settings
    if len(text) > settings.max_chars:
        raise TextTooLongError(
            f"{where} has {len(text)} characters; the limit is {settings.max_chars}",
            details={"limit": settings.max_chars, "length": len(text)},
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:
        raise InvalidUTF8Error(f"{where} holds an unpaired surrogate at {e.start}", details={"offset": e.start}) from e


def _load(schema, data) -> dict:
    try:
        return schema.load(data)
    except ValidationError as e:
        raise ValidationFailedError("the request does not match the schema", details={"fields": e.messages}) from e


def _run(texts: list[str], ids: list[str | None], scope: Scope):
    return service().run(texts, ids, scope)  # raises SaturatedError, NotReadyError, TimedOutError


def _scope(options: dict) -> Scope:
    return options.get("scope", Scope.STATEMENTS)


_REQUEST_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": "ExtractRequest"},
        "text/plain": {"schema": {"type": "string", "minLength": 1}},
    },
}
_ERRORS = (400, 413, 415, 422, 429, 503, 504)


def _doc_errors(view):
    for status in _ERRORS:
        view = quotes.alt_response(status, schema=ErrorResponseSchema, description="error")(view)
    return view


@quotes.route("/quotes")
class Quotes(MethodView):
    @quotes.doc(requestBody=_REQUEST_BODY)
    @quotes.response(200, ArticleQuotesSchema)
    @_doc_errors
    def post(self):
        """Extract the quotes of one article (JSON or text/plain body)."""
        if request.mimetype == "text/plain":
            text = _body_text()
            args = _load(ExtractRequestSchema(), {"text": text})
        elif request.mimetype == "application/json":
            args = _load(ExtractRequestSchema(), _json_body())
        else:
            raise UnsupportedMediaTypeError(
                f"content type {request.mimetype or '(none)'} is not supported; send application/json or text/plain"
            )
        _check_text(args["text"])
        g.chars = len(args["text"])
        result = apply_options(_run([args["text"]], [args["id"]], _scope(args["options"]))[0], args["options"])
        g.quotes = len(result.quotes)
        return result


@quotes.route("/quotes/batch")
class QuotesBatch(MethodView):
    @quotes.doc(requestBody={"required": True, "content": {"application/json": {"schema": "BatchRequest"}}})
    @quotes.response(200, BatchResponseSchema)
    @_doc_errors
    def post(self):
        """Extract the quotes of several articles; results in input order, an error entry per bad document."""
        if request.mimetype != "application/json":
            raise UnsupportedMediaTypeError("send application/json")
        args = _load(BatchRequestSchema(), _json_body())
        docs = args["documents"]
        limit = service().settings.max_batch
        if len(docs) > limit:
            raise BatchTooLargeError(f"{len(docs)} documents; the limit is {limit}", details={"limit": limit})
        results: list = [None] * len(docs)
        good: list[tuple[int, dict]] = []
        for i, raw in enumerate(docs):
            try:
                doc = _load(BatchDocumentSchema(), raw)
                _check_text(doc["text"], where=f"documents[{i}].text")
                good.append((i, doc))
            except QuotesvcError as e:
                doc_id = raw.get("id") if isinstance(raw, dict) and valid_id(raw.get("id")) else None
                results[i] = {"id": doc_id, "error": e.to_dict()}
        g.chars = sum(len(d["text"]) for _, d in good)
        for scope in Scope:  # one model call per scope the documents ask for
            group = [(i, d) for i, d in good if _scope(d["options"]) is scope]
            if group:
                out = _run([d["text"] for _, d in group], [d["id"] for _, d in group], scope)
                for (i, doc), res in zip(group, out, strict=True):
                    results[i] = apply_options(res, doc["options"])
        g.quotes = sum(len(r.quotes) for r in results if not isinstance(r, dict))
        return {"results": results}


@ops.route("/healthz")
class Health(MethodView):
    @ops.response(200, HealthSchema)
    def get(self):
        """The process is alive."""
        return {"status": "ok"}


@ops.route("/readyz")
class Ready(MethodView):
    @ops.response(200, HealthSchema)
    @ops.alt_response(503, schema=ErrorResponseSchema, description="still loading, or the model failed to load")
    def get(self):
        """The model is loaded and has parsed a probe sentence."""
        svc = service()
        if svc.ready.is_set():
            return {"status": "ready"}
        if svc.error is not None:
            # The server log has the reason and the path; the answer names neither.
            raise ModelLoadError("the model failed to load; the server log says why")
        raise NotReadyError("the model is still loading")


@ops.route("/version")
class Version(MethodView):
    @ops.response(200, VersionSchema)
    def get(self):
        """Package, Stanza and model versions."""
        import stanza

        from quotesvc.modelpack import model_dir, model_info

        svc = service()
        model = svc.extractor.model if svc.extractor is not None else model_info(model_dir(svc.settings.model_dir))
        # The model is named by name, version and checksum, never by where it lies on the server.
        return {"quotesvc": __version__, "stanza": stanza.__version__, "model": model}
