"""The Flask application factory: ``gunicorn 'quotesvc.app:create_app()'``.

Configuration, ``init_app`` calls and blueprints, nothing more: the routes are in ``api``, the
model and its queue in ``service``.

The model is loaded once per process into ``app.extensions["quotesvc"]``. Under gunicorn with
``preload_app`` it is loaded in the master before the workers fork (shared copy-on-write), and
each worker parses a probe sentence before /readyz says ready.
"""

from __future__ import annotations

import json
import logging
import time
from typing import TYPE_CHECKING

from flask import Flask, Response, g, jsonify, request
from flask_smorest import Api
from werkzeug.exceptions import HTTPException

from quotesvc import __version__, security
from quotesvc.api import ops, quotes
from quotesvc.config import Settings
from quotesvc.errors import QuotesvcError
from quotesvc.logs import ACCESS_LOGGER, configure_logging
from quotesvc.schemas import BatchRequestSchema, ExtractRequestSchema, document_limits
from quotesvc.service import QuoteService, WarmUp
from quotesvc.web import page

if TYPE_CHECKING:
    from quotesvc.extract import Extractor

access_log = logging.getLogger(ACCESS_LOGGER)


class _Api(Api):
    """flask-smorest's Api with quotesvc's one error shape."""

    def handle_http_exception(self, error):
        return _error(error.code or 500, error.name.lower().replace(" ", "_"), error.description or error.name)


def _error(status: int, code: str, message: str, details: dict | None = None) -> Response:
    resp = jsonify({"error": {"code": code, "message": message, "details": details or {}}})
    resp.status_code = status
    return resp


def create_app(
    settings: Settings | None = None,
    *,
    extractor: Extractor | None = None,
    load: bool = True,
    warm: WarmUp = WarmUp.BACKGROUND,
) -> Flask:
    """Build the app. SETTINGS (default: from ``QUOTESVC_*`` variables) is its only configuration.

    Args:
        extractor: an already loaded Extractor, or a stand-in with the same methods (tests); else
            the model is loaded here (``load``) or later by the caller (``service.load()``).
        warm: when each worker parses its probe sentence (``WarmUp``).
    """
    settings = settings or Settings.from_env()
    app = Flask(__name__, static_folder=None)  # the page's files are served by quotesvc.web
    app.config.update(
        API_TITLE="quotesvc",
        API_VERSION=__version__,
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX=None,  # /openapi.json is served below, with the configured limits
        MAX_CONTENT_LENGTH=settings.max_body_bytes,
    )
    app.json.sort_keys = False  # type: ignore[attr-defined]
    api = _Api(app, spec_kwargs={"info": {"description": "Quotes, speakers and sources in English news text."}})
    api.spec.components.schema("ExtractRequest", schema=ExtractRequestSchema)
    api.spec.components.schema("BatchRequest", schema=BatchRequestSchema)
    api.register_blueprint(quotes)
    api.register_blueprint(ops)
    app.register_blueprint(page)  # "/" and "/docs": static files, outside the OpenAPI spec
    QuoteService(settings, extractor).init_app(app, load=load, warm=warm)
    security.init_app(app, settings)
    _init_errors(app, api)
    _init_spec_routes(app, api, settings)
    _init_access_log(app, settings)
    return app


def _init_errors(app: Flask, api: _Api) -> None:
    """Every error, coded or not, answers in the one JSON shape; no traceback ever leaves."""

    @app.errorhandler(QuotesvcError)
    def _coded_error(e: QuotesvcError):
        return _error(e.http_status, e.code, e.message, e.details)

    @app.errorhandler(Exception)
    def _unexpected(e: Exception):
        if isinstance(e, HTTPException):
            return api.handle_http_exception(e)
        app.logger.exception("unhandled error")
        return _error(500, "internal_error", "the server failed to process the request")


def _init_spec_routes(app: Flask, api: _Api, settings: Settings) -> None:
    def spec() -> dict:
        return document_limits(api.spec.to_dict(), max_chars=settings.max_chars, max_batch=settings.max_batch)

    @app.get("/openapi.json")
    def openapi_json():
        return jsonify(spec())


def _init_access_log(app: Flask, settings: Settings) -> None:
    """One JSON line per request on stderr, with the client's address (the proxy's client when
    QUOTESVC_TRUSTED_PROXIES says a proxy is in front) and the request id (``security``)."""

    @app.before_request
    def _start():
        g.t0 = time.perf_counter()

    @app.after_request
    def _log(resp: Response):
        if settings.access_log and request.path not in ("/healthz", "/readyz"):
            access_log.info(
                json.dumps(
                    {
                        "id": g.get("request_id"),
                        "client": request.remote_addr,
                        "method": request.method,
                        "path": request.path,
                        "status": resp.status_code,
                        "chars": g.get("chars"),
                        "quotes": g.get("quotes"),
                        "ms": round((time.perf_counter() - g.get("t0", time.perf_counter())) * 1000, 1),
                    }
                )
            )
        return resp

    configure_logging()
