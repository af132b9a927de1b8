"""quotesvc's gunicorn worker: gthread, with a deadline for reading each request and JSON error pages.

* A client that trickles its headers or body holds a worker thread only until its request's read
  deadline (``QUOTESVC_READ_TIMEOUT``): slow clients cannot starve the threads that answer
  ``/healthz`` or run extractions. Past it the connection is dropped (408 if the app was reading
  the body). On the open internet, a buffering reverse proxy in front is still the better guard.
* The answers gunicorn writes itself (414 URI too long, 431 headers too large, 400 malformed
  request) are JSON in the API's error shape, not HTML.
"""

from __future__ import annotations

import json
import socket
import time
from typing import Any

from gunicorn import util
from gunicorn.http.errors import NoMoreData
from gunicorn.workers.gthread import ThreadWorker

from quotesvc.config import Settings
from quotesvc.errors import BadRequestError, HeadersTooLargeError, InternalError, RequestTimeoutError, UriTooLongError

#: gunicorn's own error statuses -> the API's codes
GUNICORN_CODES = {
    err.http_status: err.code
    for err in (BadRequestError, RequestTimeoutError, UriTooLongError, HeadersTooLargeError, InternalError)
}


class ReadTimeout(NoMoreData):
    """The client did not send its request within the read deadline (gunicorn closes quietly)."""

    def __str__(self) -> str:
        return "the request was not received within the read deadline"


class DeadlineSocket:
    """A socket whose reads share one deadline per request; everything else is the socket's."""

    def __init__(self, sock: socket.socket, seconds: float):
        self._sock = sock
        self._seconds = seconds
        self._deadline = time.monotonic() + seconds

    def restart(self) -> None:
        """A new request on a kept-alive connection gets a new deadline."""
        self._deadline = time.monotonic() + self._seconds

    def _arm(self) -> None:
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise ReadTimeout()
        self._sock.settimeout(remaining)

    def recv(self, size: int, *flags: int) -> bytes:
        self._arm()
        try:
            return self._sock.recv(size, *flags)
        except TimeoutError as e:
            raise ReadTimeout() from e

    def recv_into(self, buffer: Any, *args: int) -> int:
        self._arm()
        try:
            return self._sock.recv_into(buffer, *args)
        except TimeoutError as e:
            raise ReadTimeout() from e

    def setblocking(self, flag: bool) -> None:
        self._sock.setblocking(flag)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


def write_json_error(sock: Any, status_int: int, reason: str, mesg: str) -> None:
    """gunicorn's ``util.write_error`` in the API's error shape."""
    code = GUNICORN_CODES.get(status_int, "bad_request")
    message = f"{reason}: {mesg}" if mesg else reason
    body = json.dumps({"error": {"code": code, "message": message, "details": {}}}).encode("utf-8")
    head = (
        f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nX-Content-Type-Options: nosniff\r\n\r\n"
    )
    sock.sendall(head.encode("latin-1") + body)


class QuotesvcWorker(ThreadWorker):
    """``worker_class = "quotesvc.gunicorn_worker.QuotesvcWorker"`` (set in gunicorn_conf)."""

    def init_process(self) -> None:
        util.write_error = write_json_error  # gunicorn's error pages, in this worker process
        self.read_timeout = Settings.from_env().read_timeout
        super().init_process()

    def handle(self, conn: Any) -> Any:
        if not self.cfg.is_ssl:
            if isinstance(conn.sock, DeadlineSocket):
                conn.sock.restart()
            else:
                conn.sock = DeadlineSocket(conn.sock, self.read_timeout)
        return super().handle(conn)
