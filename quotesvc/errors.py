"""The one error taxonomy: every failure quotesvc reports is a ``QuotesvcError`` with a stable
``code`` (documented in the README's error table) and the HTTP status it is answered with.

The HTTP API answers ``{"error": err.to_dict()}`` with ``err.http_status``; the CLI puts the same
object on a JSONL line, or prints ``quotesvc: CODE: message`` and exits non-zero; the library
raises these (and ``TypeError``/``ValueError`` for programming errors).
"""

from __future__ import annotations

from typing import Any, ClassVar


class QuotesvcError(Exception):
    """Base class: ``code`` is stable and documented, ``message`` is for people."""

    code: ClassVar[str] = "internal_error"
    http_status: ClassVar[int] = 500

    def __init__(self, message: str, *, details: dict[str, Any] | None = None):
        super().__init__(message)
        self.message = message
        self.details = details or {}

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "details": self.details}


class InternalError(QuotesvcError):
    """An unexpected failure; the log has the traceback, the answer does not."""


class ConfigError(QuotesvcError, ValueError):
    """A ``QUOTESVC_*`` variable (or the flag that sets it) has a value of the wrong form."""

    code = "config_error"


# --- the model --------------------------------------------------------------------------------
class ModelNotFoundError(QuotesvcError):
    """The Stanza model directory is missing or incomplete."""

    code = "model_error"
    http_status = 503


class ModelLoadError(QuotesvcError):
    """The model directory exists but a model in it cannot be loaded."""

    code = "model_error"
    http_status = 503


class MissingProcessorError(QuotesvcError):
    """The pipeline lacks a processor the extractor needs (e.g. depparse)."""

    code = "model_error"
    http_status = 503


class NotReadyError(QuotesvcError):
    """The model is still loading."""

    code = "not_ready"
    http_status = 503


# --- the request and its documents ------------------------------------------------------------
class InvalidJSONError(QuotesvcError):
    code = "invalid_json"
    http_status = 400


class InvalidUTF8Error(QuotesvcError):
    """Not UTF-8, or a text holding an unpaired surrogate."""

    code = "invalid_utf8"
    http_status = 400


class BodyTooLargeError(QuotesvcError):
    code = "body_too_large"
    http_status = 413


class TextTooLongError(QuotesvcError):
    """The text is over the configured maximum length."""

    code = "text_too_long"
    http_status = 413


class BatchTooLargeError(QuotesvcError):
    code = "batch_too_large"
    http_status = 413


class UnsupportedMediaTypeError(QuotesvcError):
    code = "unsupported_media_type"
    http_status = 415


class UnsupportedCharsetError(QuotesvcError):
    code = "unsupported_charset"
    http_status = 415


class ValidationFailedError(QuotesvcError):
    """Missing, empty or non-string text, an unknown field or option; ``details.fields`` says which."""

    code = "validation_error"
    http_status = 422


class EmptyLineError(ValidationFailedError):
    """An empty line in JSONL input."""

    code = "empty_line"


# --- capacity and time ------------------------------------------------------------------------
class SaturatedError(QuotesvcError):
    """Too many requests already wait for the model in this worker."""

    code = "saturated"
    http_status = 429


class TimedOutError(QuotesvcError):
    """The request ran past its time limit."""

    code = "timeout"
    http_status = 504


class UnauthorizedError(QuotesvcError):
    """The deployment needs an API key (QUOTESVC_API_KEYS) and the request had none that matches."""

    code = "unauthorized"
    http_status = 401


class RequestTimeoutError(QuotesvcError):
    """The client did not send its body within QUOTESVC_READ_TIMEOUT."""

    code = "request_timeout"
    http_status = 408


# Answered by the gunicorn worker itself, before the request reaches the app (gunicorn_worker.py).
class BadRequestError(QuotesvcError):
    """A malformed HTTP request (request line, header, chunk)."""

    code = "bad_request"
    http_status = 400


class UriTooLongError(QuotesvcError):
    code = "uri_too_long"
    http_status = 414


class HeadersTooLargeError(QuotesvcError):
    code = "headers_too_large"
    http_status = 431


# --- HTTP routing -----------------------------------------------------------------------------
class NotFoundError(QuotesvcError):
    code = "not_found"
    http_status = 404


class MethodNotAllowedError(QuotesvcError):
    code = "method_not_allowed"
    http_status = 405


#: Every coded error, for the README's table and its test.
ALL: tuple[type[QuotesvcError], ...] = (
    InvalidJSONError,
    InvalidUTF8Error,
    BodyTooLargeError,
    TextTooLongError,
    BatchTooLargeError,
    UnsupportedMediaTypeError,
    UnsupportedCharsetError,
    ValidationFailedError,
    EmptyLineError,
    SaturatedError,
    NotReadyError,
    ModelNotFoundError,
    TimedOutError,
    NotFoundError,
    MethodNotAllowedError,
    InternalError,
    UnauthorizedError,
    RequestTimeoutError,
    BadRequestError,
    UriTooLongError,
    HeadersTooLargeError,
    ConfigError,
)
