"""Wire formats: MLflow's JSON values and log-batch limits, Phaselab's binary epoch body."""

import json
import math
import struct
from collections.abc import Callable, Iterator, Sequence
from typing import Any

# MLflow's limits for one runs/log-batch request.
MAX_METRICS = 1000
MAX_PARAMS = 100
MAX_TAGS = 100
MAX_ITEMS = 1000

# Phaselab's limit for one runs/examples/register request, and a body size well under its 32 MB cap.
MAX_EXAMPLES_PER_REQUEST = 100_000
MAX_REGISTER_BYTES = 24 * 1024 * 1024


def dumps(body: Any) -> bytes:
    """JSON that is valid JSON: a stray NaN raises here instead of reaching the server as a bare `NaN`."""
    return json.dumps(body, allow_nan=False, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def metric_value(value: Any) -> float | str:
    """A metric value as MLflow's JSON carries it: a number, or "NaN" / "Infinity" / "-Infinity"."""
    number = float(value)
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "Infinity" if number > 0 else "-Infinity"
    return number


def split_log_batch(metrics: Sequence[dict], params: Sequence[dict], tags: Sequence[dict]) -> Iterator[dict]:
    """The log-batch bodies (without run_id) that carry everything in order, each within MLflow's limits."""
    m = p = t = 0
    while m < len(metrics) or p < len(params) or t < len(tags):
        batch_params = list(params[p : p + MAX_PARAMS])
        batch_tags = list(tags[t : t + MAX_TAGS])
        room = min(MAX_METRICS, MAX_ITEMS - len(batch_params) - len(batch_tags))
        batch_metrics = list(metrics[m : m + room])
        p, t, m = p + len(batch_params), t + len(batch_tags), m + len(batch_metrics)
        yield {"metrics": batch_metrics, "params": batch_params, "tags": batch_tags}


def epoch_body(losses: Any, predictions: Any) -> bytes:
    """The binary log-epoch body: n little-endian float32 losses, then n little-endian int32 predictions."""
    loss_bytes = _packed(losses, "<f4", "f", float)
    prediction_bytes = _packed(predictions, "<i4", "i", int)
    if len(loss_bytes) != len(prediction_bytes):
        raise ValueError(f"{len(loss_bytes) // 4} losses but {len(prediction_bytes) // 4} predictions")
    return loss_bytes + prediction_bytes


def _packed(values: Any, dtype: str, code: str, convert: Callable[[Any], Any]) -> bytes:
    if hasattr(values, "astype") and hasattr(values, "tobytes"):  # a numpy array, converted without a Python loop
        return values.astype(dtype).tobytes()
    if hasattr(values, "detach"):  # a torch tensor: plain numbers without needing numpy
        values = values.detach().cpu().tolist()
    items = [convert(v) for v in values]
    return struct.pack(f"<{len(items)}{code}", *items)


def example_chunks(
    ids: Sequence[str],
    labels: Sequence[str],
    true_labels: Sequence[str | None] | None,
    texts: Sequence[str] | None,
    max_examples: int = MAX_EXAMPLES_PER_REQUEST,
    max_bytes: int = MAX_REGISTER_BYTES,
) -> Iterator[tuple[int, int]]:
    """Index ranges [start, end) for registration requests within the example count and body size limits."""
    start = size = 0
    for i in range(len(ids)):
        row = [ids[i], labels[i], true_labels[i] if true_labels else None, texts[i] if texts else None]
        row_size = len(dumps(row))
        if i > start and (i - start >= max_examples or size + row_size > max_bytes):
            yield start, i
            start, size = i, 0
        size += row_size
    if start < len(ids):
        yield start, len(ids)

