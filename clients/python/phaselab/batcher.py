"""The background sender: buffers runs' metrics, params and tags and sends them with runs/log-batch.

One daemon thread per client drains a bounded queue, so logging from training code only appends to
the queue and never waits for the network.
"""

import atexit
import queue
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from .encoding import MAX_ITEMS, MAX_METRICS, MAX_PARAMS, MAX_TAGS, split_log_batch
from .errors import PhaselabError

SendBatch = Callable[[str, dict], None]

_KINDS = ("metrics", "params", "tags")


def warn(message: str) -> None:
    print(f"phaselab: {message}", file=sys.stderr, flush=True)


@dataclass
class _Buffer:
    """One run's points waiting to be sent; a tag set twice keeps its last value, as the server would."""

    metrics: list[dict] = field(default_factory=list)
    params: dict[str, str] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)

    def full(self) -> bool:
        items = len(self.metrics) + len(self.params) + len(self.tags)
        return (
            len(self.metrics) >= MAX_METRICS
            or len(self.params) >= MAX_PARAMS
            or len(self.tags) >= MAX_TAGS
            or items >= MAX_ITEMS
        )


@dataclass
class _Flush:
    run_id: str | None
    done: threading.Event = field(default_factory=threading.Event)
    error: PhaselabError | None = None


class LogBatcher:
    """Sends what runs log in batches: at least every `interval` seconds, when a batch is full, and on flush."""

    def __init__(self, send: SendBatch, interval: float = 1.0, max_queued: int = 100_000, exit_timeout: float = 30.0):
        self._send = send
        self._interval = interval
        self._exit_timeout = exit_timeout
        self._queue: queue.Queue = queue.Queue(maxsize=max_queued)
        self._pending: dict[str, _Buffer] = {}
        self._due = 0.0
        # The first refusal of each run since its last flush, for flush() to raise.
        self._refusals: dict[str, PhaselabError] = {}
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self._dropped = 0
        self._last_drop_warning = 0.0

    def metric(self, run_id: str, key: str, value: float | str, timestamp: int, step: int) -> None:
        self._put(("metrics", run_id, {"key": key, "value": value, "timestamp": timestamp, "step": step}))

    def param(self, run_id: str, key: str, value: str) -> None:
        self._put(("params", run_id, (key, value)))

    def tag(self, run_id: str, key: str, value: str) -> None:
        self._put(("tags", run_id, (key, value)))

    def flush(self, run_id: str | None = None, timeout: float | None = None) -> PhaselabError | None:
        """Waits until everything logged so far was sent; answers the first refusal of the run (any run when None)."""
        if self._thread is None:
            return None
        request = _Flush(run_id)
        try:
            self._queue.put(request, timeout=timeout)
        except queue.Full:
            warn("the log queue stayed full: not everything logged could be sent")
            return None
        if not request.done.wait(timeout):
            warn(f"gave up waiting after {timeout:g}s for logged points to reach the server")
            return None
        return request.error

    def close(self) -> None:
        """Sends what is left at interpreter exit, waiting at most exit_timeout for an unreachable server."""
        self.flush(timeout=self._exit_timeout)

    def _put(self, item: tuple) -> None:
        self._start()
        try:
            self._queue.put_nowait(item)
        except queue.Full:
            self._dropped += 1
            now = time.monotonic()
            if now - self._last_drop_warning > 10:
                self._last_drop_warning = now
                warn(f"the log queue is full (server slow or down): {self._dropped} points dropped so far")

    def _start(self) -> None:
        if self._thread is not None:
            return
        with self._start_lock:
            if self._thread is None:
                thread = threading.Thread(target=self._loop, name="phaselab-logger", daemon=True)
                thread.start()
                atexit.register(self.close)
                self._thread = thread

    def _loop(self) -> None:
        while True:
            timeout = max(0.0, self._due - time.monotonic()) if self._pending else None
            try:
                item = self._queue.get(timeout=timeout)
            except queue.Empty:
                item = None
            try:
                if isinstance(item, _Flush):
                    self._answer(item)
                elif item is not None:
                    self._take(*item)
                if self._pending and time.monotonic() >= self._due:
                    self._send_all()
            except Exception as err:  # a bug here must not silently stop all logging
                warn(f"logging failed: {err!r}")

    def _answer(self, request: _Flush) -> None:
        try:
            self._send_all()
            if request.run_id is None:
                errors = list(self._refusals.values())
                self._refusals.clear()
                request.error = errors[0] if errors else None
            else:
                request.error = self._refusals.pop(request.run_id, None)
        finally:
            request.done.set()

    def _take(self, kind: str, run_id: str, entry: dict | tuple[str, str]) -> None:
        if not self._pending:
            self._due = time.monotonic() + self._interval
        buffer = self._pending.setdefault(run_id, _Buffer())
        if kind == "metrics":
            buffer.metrics.append(entry)
        else:
            key, value = entry
            values = getattr(buffer, kind)
            # A param logged again with another value goes in a later request, so the server refuses only it.
            if kind == "params" and values.get(key, value) != value:
                self._send_run(run_id)
                buffer = self._pending.setdefault(run_id, _Buffer())
                values = buffer.params
            values[key] = value
        if buffer.full():
            self._send_run(run_id)

    def _send_all(self) -> None:
        for run_id in list(self._pending):
            self._send_run(run_id)

    def _send_run(self, run_id: str) -> None:
        buffer = self._pending.pop(run_id)
        params = [{"key": k, "value": v} for k, v in buffer.params.items()]
        tags = [{"key": k, "value": v} for k, v in buffer.tags.items()]
        for batch in split_log_batch(buffer.metrics, params, tags):
            self._deliver(run_id, batch)

    def _deliver(self, run_id: str, batch: dict) -> None:
        try:
            self._send(run_id, batch)
            return
        except PhaselabError as err:
            error = err
        kinds = [kind for kind in _KINDS if batch[kind]]
        if not error.retryable and len(kinds) > 1:
            # A refused batch writes nothing: send its kinds apart so one bad param does not lose the metrics.
            for kind in kinds:
                self._deliver(run_id, {k: batch[k] if k == kind else [] for k in _KINDS})
            return
        counts = ", ".join(f"{len(batch[kind])} {kind}" for kind in kinds)
        warn(f"dropped {counts} of run {run_id}: {error}")
        if not error.retryable:
            self._refusals.setdefault(run_id, error)
