"""The page at ``/`` and the interactive API docs at ``/docs``: static files shipped in the package
(no CDN, no build step), so both work offline in the container."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response, abort, send_from_directory

STATIC = Path(__file__).resolve().parent / "static"
#: Scripts, styles and requests only from this service: user text can never run as code.
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)

page = Blueprint("page", __name__, static_folder=str(STATIC), static_url_path="/static")


def _swagger_dir() -> Path | None:
    try:
        import swagger_ui_bundle
    except ImportError:
        return None
    return Path(swagger_ui_bundle.swagger_ui_path)


def _with_csp(resp: Response) -> Response:
    resp.headers["Content-Security-Policy"] = PAGE_CSP
    return resp


@page.get("/")
def index() -> Response:
    """The page: paste an article, see its quotes."""
    return _with_csp(send_from_directory(STATIC, "index.html"))


@page.get("/docs")
def docs() -> Response:
    """Swagger UI on /openapi.json."""
    if _swagger_dir() is None:
        abort(404)
    return _with_csp(send_from_directory(STATIC, "docs.html"))


@page.get("/docs/assets/<path:name>")
def docs_assets(name: str) -> Response:
    folder = _swagger_dir()
    if folder is None:
        abort(404)
    return send_from_directory(folder, name)
