"""End-to-end tests against a live Phaselab: set PHASELAB_TRACKING_URI and PHASELAB_TOKEN (a member's token)."""

import contextlib
import io
import math
import os
import sys
import time
import unittest
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from phaselab import Phaselab, PhaselabError  # noqa: E402

if not (os.environ.get("PHASELAB_TRACKING_URI") and os.environ.get("PHASELAB_TOKEN")):
    raise unittest.SkipTest(
        "live tests need a running Phaselab: export PHASELAB_TRACKING_URI=http://localhost:3000/api/mlflow "
        "and PHASELAB_TOKEN=<an API token from Settings → API tokens>"
    )


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


class LiveTestCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.client = Phaselab(os.environ["PHASELAB_TRACKING_URI"], os.environ["PHASELAB_TOKEN"])
        cls.client.set_experiment(unique("python-client-tests"))

    def start_run(self):
        run = self.client.start_run(name=unique("run"))
        self.addCleanup(run.finish)
        return run


class ExperimentTest(LiveTestCase):
    def test_set_experiment_creates_once_then_finds_it(self):
        name = unique("python-client-experiment")
        created = self.client.set_experiment(name)
        found = Phaselab(os.environ["PHASELAB_TRACKING_URI"], os.environ["PHASELAB_TOKEN"]).set_experiment(name)
        self.assertEqual(found, created)
        experiment = self.client.mlflow("GET", "experiments/get", query={"experiment_id": created})["experiment"]
        self.assertEqual(experiment["name"], name)

    def test_an_unknown_run_is_resource_does_not_exist(self):
        with self.assertRaises(PhaselabError) as caught:
            self.client.get_run(str(uuid.uuid4()))
        self.assertEqual((caught.exception.error_code, caught.exception.status), ("RESOURCE_DOES_NOT_EXIST", 404))


class MetricsTest(LiveTestCase):
    def test_the_background_thread_sends_metrics_without_a_flush(self):
        run = self.start_run()
        run.log_metric("loss", 1.5, step=1)
        deadline = time.monotonic() + 5
        while not self.client.get_metric_history(run.id, "loss"):
            self.assertLess(time.monotonic(), deadline, "the metric did not arrive within 5 seconds")
            time.sleep(0.2)

    def test_metrics_including_non_finite_values_are_read_back(self):
        run = self.start_run()
        run.log_metric("loss", 1.5, step=1)
        run.log_metrics({"loss": math.nan, "accuracy": 0.5}, step=2)
        run.log_metric("loss", math.inf, step=3)
        run.flush()
        values = {int(point["step"]): float(point["value"]) for point in self.client.get_metric_history(run.id, "loss")}
        self.assertEqual(values[1], 1.5)
        self.assertTrue(math.isnan(values[2]))
        self.assertEqual(values[3], math.inf)
        self.assertEqual([float(p["value"]) for p in self.client.get_metric_history(run.id, "accuracy")], [0.5])

    def test_more_points_than_one_batch_all_arrive(self):
        run = self.start_run()
        for step in range(2500):
            run.log_metric("curve", step / 2500, step=step)
        run.flush()
        steps = sorted(int(p["step"]) for p in self.client.get_metric_history(run.id, "curve"))
        self.assertEqual(steps, list(range(2500)))


class ParamsTest(LiveTestCase):
    def test_a_param_keeps_its_first_value(self):
        run = self.start_run()
        run.log_params({"lr": 0.1, "epochs": 3})
        run.set_tags({"team": "ml", "phaselab.validation_metric": "val_accuracy"})
        run.flush()
        run.log_param("lr", 0.1)
        run.flush()
        run.log_param("lr", 0.2)
        run.log_metric("loss", 0.25, step=0)
        with self.assertRaises(PhaselabError) as caught, contextlib.redirect_stderr(io.StringIO()) as stderr:
            run.flush()
        self.assertEqual((caught.exception.error_code, caught.exception.status), ("INVALID_PARAMETER_VALUE", 400))
        self.assertIn("dropped 1 params", stderr.getvalue())
        data = self.client.get_run(run.id)["data"]
        self.assertIn({"key": "lr", "value": "0.1"}, data["params"])
        self.assertIn({"key": "team", "value": "ml"}, data["tags"])
        self.assertEqual([float(p["value"]) for p in self.client.get_metric_history(run.id, "loss")], [0.25])


class MemorizationTest(LiveTestCase):
    def test_one_of_two_noisy_examples_memorized(self):
        run = self.start_run()
        registered = run.register_examples(
            ids=["a", "b", "c", "d"],
            labels=["cat", "dog", "cat", "dog"],
            true_labels=["cat", "dog", "dog", "cat"],
            texts=["a cat", "a dog", "a dog labelled cat", "a cat labelled dog"],
            classes=["cat", "dog"],
        )
        self.assertEqual((registered["registered"], registered["noisy"], registered["classes"]), (4, 2, ["cat", "dog"]))
        # c is predicted as its noisy label "cat" (memorized), d as its true label "cat" (recovered).
        answer = run.log_example_epoch(1, [0.1, 0.2, 2.0, 3.0], [0, 1, 0, 0])
        self.assertEqual(answer["epoch"], 1)
        self.assertEqual(answer["examples"], 4)
        self.assertEqual(answer["memorized_fraction"], 0.5)
        self.assertEqual(answer["recovered_fraction"], 0.5)
        # c, predicted as labelled at its only epoch, is never a suspect: only d is.
        suspected = run.suspected_label_errors(max_results=2)["examples"]
        self.assertEqual([(e["id"], e["noisy"]) for e in suspected], [("d", True)])
        history = self.client.get_metric_history(run.id, "noise/memorized_fraction")
        self.assertEqual([(int(p["step"]), float(p["value"])) for p in history], [(1, 0.5)])

    def test_registering_an_id_twice_is_refused(self):
        run = self.start_run()
        run.register_examples(["a"], ["cat"], classes=["cat", "dog"])
        with self.assertRaises(PhaselabError) as caught:
            run.register_examples(["a"], ["cat"])
        self.assertEqual(caught.exception.error_code, "RESOURCE_ALREADY_EXISTS")


class RunStatusTest(LiveTestCase):
    def status(self, run):
        return self.client.get_run(run.id)["info"]

    def test_a_clean_exit_finishes_the_run(self):
        with self.client.start_run(name=unique("finished")) as run:
            run.log_metric("loss", 0.1, step=1)
        info = self.status(run)
        self.assertEqual(info["status"], "FINISHED")
        self.assertTrue(info.get("end_time"))
        self.assertEqual(len(self.client.get_metric_history(run.id, "loss")), 1)

    def test_an_exception_fails_the_run(self):
        with self.assertRaises(RuntimeError):
            with self.client.start_run(name=unique("failed")) as run:
                raise RuntimeError("diverged")
        self.assertEqual(self.status(run)["status"], "FAILED")

    def test_ctrl_c_kills_the_run(self):
        with self.assertRaises(KeyboardInterrupt):
            with self.client.start_run(name=unique("killed")) as run:
                raise KeyboardInterrupt
        self.assertEqual(self.status(run)["status"], "KILLED")


class GraphQLTest(LiveTestCase):
    def test_the_token_reads_its_team(self):
        self.assertTrue(self.client.graphql("query { team { slug } }")["team"]["slug"])

    def test_an_invalid_query_raises_its_code(self):
        with self.assertRaises(PhaselabError) as caught:
            self.client.graphql("query { noSuchField }")
        self.assertEqual(caught.exception.error_code, "GRAPHQL_VALIDATION_FAILED")


if __name__ == "__main__":
    unittest.main()
