"""Locking a deployment: API keys, CORS, proxy headers, response hardening, request ids.

All off or closed by default: no key needed (``QUOTESVC_API_KEYS`` unset), no cross-origin access
(``QUOTESVC_CORS_ORIGINS`` unset), no forwarded-for header believed (``QUOTESVC_TRUSTED_PROXIES``
0). ``/healthz``, ``/readyz``, the spec, the docs and the page stay open when keys are required.
"""

from __future__ import annotations

import hmac
import re
import uuid

from flask import Flask, Response, g, request

from quotesvc.config import Settings
from quotesvc.errors import UnauthorizedError

#: Paths that need a key when keys are configured.
PROTECTED_PREFIXES = ("/v1/", "/version")
MAX_REQUEST_ID_CHARS = 128
_SAFE_REQUEST_ID = re.compile(rf"[A-Za-z0-9._:\-]{{1,{MAX_REQUEST_ID_CHARS}}}")


def request_id(header: str | None) -> str:
    """The caller's X-Request-ID when it is short and plain (letters, digits, ``._:-``), else a new one."""
    if header and _SAFE_REQUEST_ID.fullmatch(header):
        return header
    return uuid.uuid4().hex


def presented_key() -> str | None:
    auth = request.headers.get("Authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip()
    return request.headers.get("X-API-Key")


def key_matches(presented: str | None, keys: tuple[str, ...]) -> bool:
    """Constant-time comparison against every configured key."""
    if presented is None:
        return False
    given = presented.encode("utf-8", "surrogatepass")
    found = False
    for key in keys:
        found |= hmac.compare_digest(given, key.encode("utf-8"))
    return found


def init_app(app: Flask, settings: Settings) -> None:
    if settings.trusted_proxies:
        from werkzeug.middleware.proxy_fix import ProxyFix

        n = settings.trusted_proxies
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=0, x_port=0, x_prefix=0)  # type: ignore[method-assign]
    if settings.cors_origin_list:
        from flask_cors import CORS

        CORS(
            app,
            origins=list(settings.cors_origin_list),
            allow_headers=["Content-Type", "Authorization", "X-API-Key", "X-Request-ID"],
            expose_headers=["X-Request-ID"],
            methods=["GET", "POST", "OPTIONS"],
        )
    keys = settings.api_key_list

    @app.before_request
    def _identify_and_authorise() -> None:
        g.request_id = request_id(request.headers.get("X-Request-ID"))
        if keys and request.method != "OPTIONS" and request.path.startswith(PROTECTED_PREFIXES):
            if not key_matches(presented_key(), keys):
                raise UnauthorizedError(
                    "this deployment needs an API key: send 'Authorization: Bearer KEY' or 'X-API-Key: KEY'"
                )

    @app.after_request
    def _harden(resp: Response) -> Response:
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["X-Request-ID"] = g.get("request_id") or uuid.uuid4().hex
        if resp.status_code == 401:
            resp.headers["WWW-Authenticate"] = 'Bearer realm="quotesvc"'
        return resp
