"""Wire formats, checked without a server: log-batch limits, NaN, the binary epoch body, registration chunks."""

import array
import json
import math
import struct
import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from phaselab.encoding import (  # noqa: E402
    MAX_ITEMS,
    MAX_METRICS,
    MAX_PARAMS,
    MAX_TAGS,
    dumps,
    epoch_body,
    example_chunks,
    metric_value,
    split_log_batch,
)


def unpack_epoch(body: bytes) -> tuple[list[float], list[int]]:
    n = len(body) // 8
    return list(struct.unpack(f"<{n}f", body[: 4 * n])), list(struct.unpack(f"<{n}i", body[4 * n :]))


class SplitLogBatchTest(unittest.TestCase):
    def test_every_batch_respects_mlflow_limits_and_nothing_is_lost(self):
        metrics = [{"key": "m", "value": i, "timestamp": 0, "step": i} for i in range(2500)]
        params = [{"key": f"p{i}", "value": "v"} for i in range(250)]
        tags = [{"key": f"t{i}", "value": "v"} for i in range(130)]
        batches = list(split_log_batch(metrics, params, tags))
        for batch in batches:
            self.assertLessEqual(len(batch["metrics"]), MAX_METRICS)
            self.assertLessEqual(len(batch["params"]), MAX_PARAMS)
            self.assertLessEqual(len(batch["tags"]), MAX_TAGS)
            self.assertLessEqual(len(batch["metrics"]) + len(batch["params"]) + len(batch["tags"]), MAX_ITEMS)
        self.assertEqual([m for b in batches for m in b["metrics"]], metrics)
        self.assertEqual([p for b in batches for p in b["params"]], params)
        self.assertEqual([t for b in batches for t in b["tags"]], tags)

    def test_a_full_batch_of_params_and_tags_leaves_room_for_800_metrics(self):
        metrics = [{"key": "m", "value": 0, "timestamp": 0, "step": i} for i in range(1000)]
        params = [{"key": f"p{i}", "value": "v"} for i in range(100)]
        tags = [{"key": f"t{i}", "value": "v"} for i in range(100)]
        sizes = [(len(b["metrics"]), len(b["params"]), len(b["tags"])) for b in split_log_batch(metrics, params, tags)]
        self.assertEqual(sizes, [(800, 100, 100), (200, 0, 0)])

    def test_nothing_to_send_gives_no_request(self):
        self.assertEqual(list(split_log_batch([], [], [])), [])


class MetricValueTest(unittest.TestCase):
    def test_non_finite_values_become_mlflow_strings(self):
        self.assertEqual(metric_value(float("nan")), "NaN")
        self.assertEqual(metric_value(float("inf")), "Infinity")
        self.assertEqual(metric_value(float("-inf")), "-Infinity")
        self.assertEqual(metric_value(3), 3.0)

    def test_the_body_is_valid_json(self):
        body = dumps({"metrics": [{"key": "loss", "value": metric_value(float("nan"))}]})
        strict = json.loads(body, parse_constant=lambda constant: self.fail(f"bare {constant} in the body"))
        self.assertEqual(strict["metrics"][0]["value"], "NaN")

    def test_a_raw_nan_is_refused_instead_of_sent_as_invalid_json(self):
        with self.assertRaises(ValueError):
            dumps({"value": math.nan})


class EpochBodyTest(unittest.TestCase):
    def test_losses_then_predictions_little_endian(self):
        body = epoch_body([0.5, 1.25, 2.0], [2, 0, 1])
        self.assertEqual(len(body), 24)
        self.assertEqual(body[:4], struct.pack("<f", 0.5))
        self.assertEqual(body[12:16], struct.pack("<i", 2))
        self.assertEqual(unpack_epoch(body), ([0.5, 1.25, 2.0], [2, 0, 1]))

    def test_accepts_tuples_arrays_and_iterables(self):
        expected = epoch_body([0.5, 1.5], [1, 0])
        self.assertEqual(epoch_body((0.5, 1.5), (1, 0)), expected)
        self.assertEqual(epoch_body(array.array("d", [0.5, 1.5]), array.array("q", [1, 0])), expected)
        self.assertEqual(epoch_body((x for x in (0.5, 1.5)), iter([1, 0])), expected)

    def test_numpy_arrays_are_converted_without_a_python_loop(self):
        try:
            import numpy
        except ImportError:
            self.skipTest("numpy is not installed")
        body = epoch_body(numpy.array([0.5, 1.5], dtype=numpy.float64), numpy.array([1, 0], dtype=numpy.int64))
        self.assertEqual(body, epoch_body([0.5, 1.5], [1, 0]))

    def test_non_finite_losses_keep_their_float32_bit_patterns(self):
        losses, _ = unpack_epoch(epoch_body([math.inf, math.nan], [0, 0]))
        self.assertEqual(losses[0], math.inf)
        self.assertTrue(math.isnan(losses[1]))

    def test_lengths_must_match(self):
        with self.assertRaisesRegex(ValueError, "2 losses but 1 predictions"):
            epoch_body([0.1, 0.2], [1])


class ExampleChunksTest(unittest.TestCase):
    def test_splits_by_example_count(self):
        ids = [str(i) for i in range(25)]
        self.assertEqual(list(example_chunks(ids, ids, None, None, max_examples=10)), [(0, 10), (10, 20), (20, 25)])

    def test_splits_by_body_size(self):
        ids = [str(i) for i in range(10)]
        texts = ["x" * 100] * 10
        chunks = list(example_chunks(ids, ids, ids, texts, max_bytes=300))
        self.assertEqual(chunks[0][0], 0)
        self.assertEqual(chunks[-1][1], 10)
        self.assertTrue(all(end - start == 2 for start, end in chunks))

    def test_one_oversized_example_still_gets_a_request(self):
        self.assertEqual(list(example_chunks(["a"], ["b"], None, ["x" * 1000], max_bytes=10)), [(0, 1)])


if __name__ == "__main__":
    unittest.main()
