"""A run being tracked: buffered metrics, params and tags, and Phaselab's per-example memorization calls."""

from __future__ import annotations

import operator
import time
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .batcher import warn
from .encoding import epoch_body, example_chunks, metric_value
from .errors import PhaselabError

if TYPE_CHECKING:
    from .client import Phaselab

STATUSES = ("RUNNING", "SCHEDULED", "FINISHED", "FAILED", "KILLED")


def now_ms() -> int:
    return int(time.time() * 1000)


class Run:
    """One MLflow run in Phaselab. As a context manager it ends FINISHED, FAILED on an exception, KILLED on Ctrl-C."""

    def __init__(self, client: Phaselab, info: dict):
        self.client = client
        self.info = info
        self.id: str = info["run_id"]
        self.experiment_id: str = info.get("experiment_id", "")
        self.name: str | None = info.get("run_name")

    def __repr__(self) -> str:
        return f"Run(id={self.id!r}, name={self.name!r})"

    def __enter__(self) -> Run:
        return self

    def __exit__(self, exc_type, exc, traceback) -> bool:
        if exc_type is None:
            status = "FINISHED"
        elif issubclass(exc_type, KeyboardInterrupt):
            status = "KILLED"
        else:
            status = "FAILED"
        try:
            self.finish(status)
        except PhaselabError as err:  # the training outcome matters more than the bookkeeping: never mask it
            warn(f"could not mark run {self.id} {status}: {err}")
        return False

    # Buffered logging: these return at once; the client's background thread sends them.

    def log_metric(self, key: str, value: float, step: int | None = None) -> None:
        self.client._batcher.metric(self.id, key, metric_value(value), now_ms(), _step(step))

    def log_metrics(self, metrics: Mapping[str, float], step: int | None = None) -> None:
        timestamp, step = now_ms(), _step(step)
        for key, value in metrics.items():
            self.client._batcher.metric(self.id, key, metric_value(value), timestamp, step)

    def log_param(self, key: str, value: Any) -> None:
        """A param keeps its first value: another value is refused, and flush() raises that refusal."""
        self.client._batcher.param(self.id, key, str(value))

    def log_params(self, params: Mapping[str, Any]) -> None:
        for key, value in params.items():
            self.log_param(key, value)

    def set_tag(self, key: str, value: Any) -> None:
        self.client._batcher.tag(self.id, key, str(value))

    def set_tags(self, tags: Mapping[str, Any]) -> None:
        for key, value in tags.items():
            self.set_tag(key, value)

    def flush(self, timeout: float | None = None) -> None:
        """Sends everything logged; raises the first refusal of this run's points since the last flush."""
        error = self.client._batcher.flush(self.id, timeout)
        if error is not None:
            raise error

    def finish(self, status: str = "FINISHED") -> None:
        """Sends what is buffered, then sets the run's status and end time."""
        if status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}")
        self.client._batcher.flush(self.id)  # refusals were already reported on stderr when they happened
        body = {"run_id": self.id, "status": status, "end_time": now_ms()}
        self.client.mlflow("POST", "runs/update", body=body, idempotent=True)

    # Phaselab's extension: synchronous, each answers the server's JSON.

    def register_examples(
        self,
        ids: Sequence[Any],
        labels: Sequence[Any],
        true_labels: Sequence[Any] | None = None,
        texts: Sequence[str] | None = None,
        classes: Sequence[str] | None = None,
    ) -> dict:
        """Registers the training examples in the order log_example_epoch will give their losses."""
        ids, labels = [str(i) for i in ids], [str(label) for label in labels]
        true_labels = None if true_labels is None else [None if t is None else str(t) for t in true_labels]
        texts = None if texts is None else [str(t) for t in texts]
        for name, values in (("labels", labels), ("true_labels", true_labels), ("texts", texts)):
            if values is not None and len(values) != len(ids):
                raise ValueError(f"{len(ids)} ids but {len(values)} {name}")
        chunks = list(example_chunks(ids, labels, true_labels, texts))
        if classes is None and len(chunks) > 1:
            # The first request fixes the classes: it must know those of the later requests too.
            classes = sorted({*labels, *(t for t in true_labels or () if t is not None)})
        answer: dict = {"registered": 0}
        registered = 0
        for start, end in chunks:
            body: dict = {"run_id": self.id, "ids": ids[start:end], "labels": labels[start:end]}
            if true_labels is not None:
                body["true_labels"] = true_labels[start:end]
            if texts is not None:
                body["texts"] = texts[start:end]
            if classes is not None and start == 0:
                body["classes"] = [str(c) for c in classes]
            answer = self.client.extension("POST", "runs/examples/register", body=body)
            registered += answer.get("registered", end - start)
        return {**answer, "registered": registered}

    def log_example_epoch(self, epoch: int, losses: Any, predictions: Any) -> dict:
        """Logs every registered example's loss and predicted class index for one epoch (from 1), in registration order.

        losses and predictions may be lists, tuples, array.array, numpy arrays, torch tensors or any iterable.
        """
        return self.client.extension(
            "POST",
            "runs/examples/log-epoch",
            query={"run_id": self.id, "epoch": _step(epoch)},
            data=epoch_body(losses, predictions),
            content_type="application/octet-stream",
            idempotent=True,  # logging an epoch again replaces it
        )

    def noisy_labels(self, dataset_version_id: str, rate: float, scheme: str = "flip", seed: int = 1) -> dict:
        """Has Phaselab flip a dataset version's training labels and register them; answers the splits to train on."""
        body = {
            "run_id": self.id,
            "dataset_version_id": dataset_version_id,
            "rate": rate,
            "scheme": scheme,
            "seed": seed,
        }
        return self.client.extension("POST", "runs/noisy-labels", body=body)

    def suspected_label_errors(self, max_results: int = 50) -> dict:
        """The likeliest label errors, most suspect first, by the run's preferred ranking over its epochs (never an example predicted as labelled at every epoch)."""
        query = {"run_id": self.id, "max_results": max_results}
        return self.client.extension("GET", "runs/examples/suspected-label-errors", query=query)


def _step(step: int | None) -> int:
    """Steps and epochs are whole numbers: 3.0 or 3.5 are refused here rather than truncated."""
    return 0 if step is None else operator.index(step)
