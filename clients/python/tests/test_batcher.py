"""The background sender, checked without a server: it hands its requests to a recording function."""

import contextlib
import io
import sys
import threading
import time
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from phaselab.batcher import LogBatcher  # noqa: E402
from phaselab.errors import PhaselabError  # noqa: E402


class Recorder:
    """Records each log-batch request; refuses those that `refuse` picks."""

    def __init__(self, refuse=lambda batch: None):
        self.batches: list[tuple[str, dict]] = []
        self.sent = threading.Event()
        self.refuse = refuse

    def __call__(self, run_id: str, batch: dict) -> None:
        error = self.refuse(batch)
        if error:
            raise error
        self.batches.append((run_id, batch))
        self.sent.set()

    def all(self, kind: str) -> list:
        return [item for _, batch in self.batches for item in batch[kind]]


class LogBatcherTest(unittest.TestCase):
    def test_sends_within_the_interval_without_a_flush(self):
        recorder = Recorder()
        batcher = LogBatcher(recorder, interval=0.2)
        batcher.metric("r1", "loss", 0.5, 1, 1)
        started = time.monotonic()
        self.assertTrue(recorder.sent.wait(2))
        self.assertLess(time.monotonic() - started, 1.0)
        self.assertEqual(recorder.all("metrics"), [{"key": "loss", "value": 0.5, "timestamp": 1, "step": 1}])

    def test_flush_sends_everything_in_batches_within_the_limits(self):
        recorder = Recorder()
        batcher = LogBatcher(recorder, interval=60)
        for step in range(2500):
            batcher.metric("r1", "loss", float(step), 0, step)
        for i in range(150):
            batcher.param("r1", f"p{i}", "v")
        self.assertIsNone(batcher.flush("r1", timeout=5))
        self.assertEqual([m["step"] for m in recorder.all("metrics")], list(range(2500)))
        self.assertEqual(len(recorder.all("params")), 150)
        self.assertTrue(all(len(b["metrics"]) <= 1000 and len(b["params"]) <= 100 for _, b in recorder.batches))

    def test_runs_are_sent_apart_and_a_tag_keeps_its_last_value(self):
        recorder = Recorder()
        batcher = LogBatcher(recorder, interval=60)
        batcher.tag("r1", "stage", "warmup")
        batcher.tag("r1", "stage", "train")
        batcher.tag("r2", "stage", "eval")
        batcher.flush(timeout=5)
        self.assertEqual(
            sorted((run_id, b["tags"][0]["value"]) for run_id, b in recorder.batches), [("r1", "train"), ("r2", "eval")]
        )

    def test_a_changed_param_goes_in_a_later_request(self):
        recorder = Recorder()
        batcher = LogBatcher(recorder, interval=60)
        batcher.param("r1", "lr", "0.1")
        batcher.param("r1", "lr", "0.1")
        batcher.param("r1", "lr", "0.2")
        batcher.flush("r1", timeout=5)
        sent = [b["params"] for _, b in recorder.batches]
        self.assertEqual(sent, [[{"key": "lr", "value": "0.1"}], [{"key": "lr", "value": "0.2"}]])

    def test_a_refused_param_does_not_take_the_metrics_with_it_and_flush_answers_the_refusal(self):
        refusal = PhaselabError("INVALID_PARAMETER_VALUE", "param lr already logged", 400)
        recorder = Recorder(refuse=lambda batch: refusal if batch["params"] else None)
        batcher = LogBatcher(recorder, interval=60)
        batcher.metric("r1", "loss", 0.5, 0, 0)
        batcher.param("r1", "lr", "0.2")
        with contextlib.redirect_stderr(io.StringIO()) as stderr:
            self.assertIs(batcher.flush("r1", timeout=5), refusal)
        self.assertIn("INVALID_PARAMETER_VALUE", stderr.getvalue())
        self.assertEqual(len(recorder.all("metrics")), 1)
        self.assertIsNone(batcher.flush("r1", timeout=5))

    def test_an_unreachable_server_drops_with_a_warning_and_raises_nothing(self):
        down = PhaselabError("TEMPORARILY_UNAVAILABLE", "connection refused")
        batcher = LogBatcher(Recorder(refuse=lambda batch: down), interval=60)
        batcher.metric("r1", "loss", 0.5, 0, 0)
        with contextlib.redirect_stderr(io.StringIO()) as stderr:
            self.assertIsNone(batcher.flush("r1", timeout=5))
        self.assertIn("dropped 1 metrics of run r1", stderr.getvalue())

    def test_a_full_queue_drops_instead_of_blocking(self):
        release = threading.Event()
        batcher = LogBatcher(lambda run_id, batch: release.wait(5), interval=0, max_queued=10)
        with contextlib.redirect_stderr(io.StringIO()) as stderr:
            started = time.monotonic()
            for step in range(100):
                batcher.metric("r1", "loss", 0.0, 0, step)
            self.assertLess(time.monotonic() - started, 0.5)
        release.set()
        self.assertIn("points dropped", stderr.getvalue())


if __name__ == "__main__":
    unittest.main()
