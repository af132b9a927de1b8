"""Coded exceptions. Every message can be found by its code; the HTTP layer maps them to statuses."""
from __future__ import annotations


class QuotesvcError(Exception):
    """Base class: ``code`` is stable and documented, ``message`` is for people."""

    code = "E000"
    http_status = 500

    def __init__(self, message: str, *, details: dict | None = None):
        super().__init__(message)
        self.message = message
        self.details = details or {}


class ModelNotFoundError(QuotesvcError):
    """E101: the Stanza model directory is missing or incomplete."""

    code = "E101"
    http_status = 503


class ModelLoadError(QuotesvcError):
    """E102: the model directory exists but a model in it cannot be loaded."""

    code = "E102"
    http_status = 503


class MissingProcessorError(QuotesvcError):
    """E103: the pipeline lacks a processor the extractor needs (e.g. depparse)."""

    code = "E103"
    http_status = 500


class InputError(QuotesvcError):
    """E201: the text cannot be processed as given (wrong type, too long, ...)."""

    code = "E201"
    http_status = 422


class TextTooLongError(InputError):
    """E202: the text is over the configured maximum length."""

    code = "E202"
    http_status = 413
