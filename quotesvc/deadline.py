"""A time limit that extraction checks between its stages, so that work past it stops and frees
the worker instead of running on after its caller has been answered 504."""

from __future__ import annotations

import time

from quotesvc.errors import TimedOutError


class Deadline:
    """``check(stage)`` raises TimedOutError once SECONDS have passed since creation (never for None)."""

    def __init__(self, seconds: float | None = None):
        self.seconds = seconds
        self.at = None if seconds is None else time.monotonic() + seconds

    def expired(self) -> bool:
        return self.at is not None and time.monotonic() > self.at

    def check(self, stage: str) -> None:
        if self.expired():
            raise TimedOutError(f"the request took longer than {self.seconds:g} s (stopped before {stage})")


#: No limit: the library's default.
NONE = Deadline(None)
