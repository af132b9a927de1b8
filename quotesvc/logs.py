"""Everything quotesvc writes to stderr is one JSON object per line: its own loggers and, through
``GUNICORN_LOGCONFIG`` (used by gunicorn_conf), gunicorn's."""

from __future__ import annotations

import json
import logging
import sys

ACCESS_LOGGER = "quotesvc.access"


class JsonLines(logging.Formatter):
    """A log record as one JSON line (the access log's messages are JSON objects already)."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        if record.name == ACCESS_LOGGER and message.startswith("{"):
            return message
        out = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": message,
        }
        if record.exc_info:
            out["exception"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False)


def configure_logging() -> None:
    """quotesvc's loggers (access log, readiness, errors) write JSON lines to stderr."""
    root = logging.getLogger("quotesvc")
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JsonLines())
        root.addHandler(handler)
        root.propagate = False
    root.setLevel(logging.INFO)


#: gunicorn's loggers (its error log; its access log is off) as JSON lines on stderr.
GUNICORN_LOGCONFIG = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "quotesvc.logs.JsonLines"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}},
    "loggers": {
        "gunicorn.error": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},  # ours is the access log
    },
    "root": {"handlers": ["stderr"], "level": "WARNING"},
}
