"""The extractor as a service resource: one extraction at a time per process, a bounded queue,
a time limit per request and a readiness flag. Used by the Flask app; no HTTP here.

Why one at a time: Stanza's pipeline is not documented as thread-safe, and on 2 cores torch's own
threads already use the machine; requests past ``max_pending`` are refused at once (429) rather
than queued without bound, and a request that waits or runs past ``timeout`` gets 504 (its work
finishes in the background and still counts against the queue).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from enum import Enum

from quotesvc.config import Settings
from quotesvc.deadline import Deadline
from quotesvc.errors import ModelLoadError, NotReadyError, SaturatedError, TimedOutError
from quotesvc.results import Scope

logger = logging.getLogger(__name__)
READY_POLL_SECONDS = 0.1
PROBE = "“This is a probe,” the engineer said."


class WarmUp(Enum):
    """When a process parses its probe sentence (``/readyz`` answers 503 until it has)."""

    BACKGROUND = "background"  # in a thread, now
    NOW = "now"  # before create_app returns (tests)
    NONE = "none"  # later, by the caller (gunicorn's post_fork)


class QuoteService:
    """The extractor as a Flask extension: ``QuoteService(settings).init_app(app)``."""

    def __init__(self, settings: Settings, extractor=None):
        self.settings = settings
        self.extractor = extractor
        self.error: Exception | None = None
        self.ready = threading.Event()
        self.warming = threading.Event()  # a warm-up has started: requests wait for it
        self._pending = threading.BoundedSemaphore(max(1, settings.max_pending))
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="quotesvc-model")

    # -- lifecycle -------------------------------------------------------------------------------
    def init_app(self, app, *, load: bool = True, warm: WarmUp = WarmUp.BACKGROUND) -> None:
        """Register with APP (``app.extensions["quotesvc"]``), load the model and warm up.

        With ``WarmUp.NONE`` the caller may be a gunicorn master about to fork its workers
        (``preload_app``): the model is loaded in this thread with one torch thread, so that no
        OpenMP thread pool exists to be forked (a forked process hangs in such a pool). Otherwise
        it is loaded in the model thread, the one thread that will run it."""
        app.extensions["quotesvc"] = self
        if load and self.extractor is None:
            try:
                if warm is WarmUp.NONE:
                    self.load_before_fork()
                else:
                    self.load()
            except Exception:  # reported by /readyz; the process stays up to say so
                pass
        if self.extractor is not None:
            if warm is WarmUp.NOW:
                self.warm_up()
            elif warm is WarmUp.BACKGROUND:
                self.start_background_warm_up()

    def load(self) -> None:
        """Load the model (if not given) in the model thread. torch runs a model more slowly from a
        thread other than the one that loaded it: a 1,000-word article took 0.45 s when one thread
        loaded and ran the model, 0.6-1.1 s when they differed (2 torch threads)."""
        if self.extractor is None:
            self._executor.submit(self._load, self.settings.threads).result()

    def load_before_fork(self) -> None:
        """Load the model in this thread with one torch thread (see ``init_app``)."""
        if self.extractor is None:
            self._load(1)

    def _load(self, threads: int) -> None:
        from quotesvc.extract import Extractor

        try:
            self.extractor = Extractor(model_dir=self.settings.model_dir, threads=threads or None)
        except Exception as e:  # reported by /readyz and the 503s, not raised in the server
            self.error = e
            logger.error("model failed to load: %s", e)
            raise

    def warm_up(self) -> None:
        """Parse a probe sentence; /readyz answers 200 only after this (run in each worker)."""
        self.warming.set()
        if self.settings.threads:
            import torch

            # OpenMP's thread count is per thread: set it in the thread that runs the model.
            self._executor.submit(torch.set_num_threads, self.settings.threads).result()
        if self.extractor is None:
            self.load()
        assert self.extractor is not None
        started = time.perf_counter()
        result = self._executor.submit(self.extractor.extract, PROBE).result()
        if not result.quotes:
            logger.warning("probe sentence gave no quote")
        self.ready.set()
        model = self.extractor.model
        logger.info(
            "ready: pid %d, model %s %s, probe parsed in %.0f ms",
            os.getpid(),
            model.get("name"),
            model.get("version"),
            (time.perf_counter() - started) * 1000,
        )

    def start_background_warm_up(self) -> None:
        self.warming.set()

        def run():
            try:
                self.warm_up()
            except Exception as e:  # kept for /readyz
                self.error = e
                logger.exception("warm-up failed")

        threading.Thread(target=run, name="quotesvc-warmup", daemon=True).start()

    # -- work ----------------------------------------------------------------------------------
    def _wait_until_ready(self, deadline: Deadline) -> None:
        """A request that reaches a worker still warming up waits for it (up to its time limit)
        rather than failing at once: a restarted worker is ready within seconds."""
        while not self.ready.is_set():
            if self.error is not None:
                # The log has the reason (and the server's paths); the caller gets neither.
                raise ModelLoadError("the model failed to load; the server log says why")
            if not self.warming.is_set() or deadline.expired():
                raise NotReadyError("the model is still loading")
            self.ready.wait(READY_POLL_SECONDS)

    def run(self, texts: list[str], ids: list[str | None], scope: Scope = Scope.STATEMENTS):
        """Extract TEXTS (with SCOPE) in the model thread; raises SaturatedError, NotReadyError, TimedOutError.
        Work past the time limit stops at its next stage, so the next request never waits for it."""
        deadline = Deadline(self.settings.timeout)
        self._wait_until_ready(deadline)
        if not self._pending.acquire(blocking=False):
            raise SaturatedError(f"more than {self.settings.max_pending} requests are waiting for the model")
        try:
            future = self._executor.submit(self.extractor.extract_many, texts, ids=ids, deadline=deadline, scope=scope)
        except BaseException:
            self._pending.release()
            raise
        future.add_done_callback(lambda _f: self._pending.release())
        try:
            return future.result(timeout=max(0.0, (deadline.at or 0) - time.monotonic()))
        except FutureTimeout as e:
            future.cancel()
            raise TimedOutError(f"the request took longer than {self.settings.timeout:g} s") from e
