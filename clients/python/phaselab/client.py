"""The client: configuration, MLflow's experiment and run routes, Phaselab's GraphQL API."""

import os
from collections.abc import Mapping
from typing import Any

from .batcher import LogBatcher
from .errors import PhaselabError
from .run import Run, now_ms
from .transport import Transport, graphql_error

DEFAULT_TRACKING_URI = "http://localhost:3000/api/mlflow"

# How long the background thread keeps retrying one batch for an unreachable server before dropping it.
BATCH_RETRY_SECONDS = 60.0


class Phaselab:
    """A connection to one Phaselab team, as its API token decides.

    tracking_uri defaults to $PHASELAB_TRACKING_URI, then $MLFLOW_TRACKING_URI, then a local server;
    token to $PHASELAB_TOKEN, then $MLFLOW_TRACKING_TOKEN.
    """

    def __init__(self, tracking_uri: str | None = None, token: str | None = None, timeout: float = 30.0):
        uri = tracking_uri or _env("PHASELAB_TRACKING_URI", "MLFLOW_TRACKING_URI") or DEFAULT_TRACKING_URI
        self.tracking_uri = uri.rstrip("/")
        self.base_url = self.tracking_uri.removesuffix("/api/mlflow")
        self._transport = Transport(token or _env("PHASELAB_TOKEN", "MLFLOW_TRACKING_TOKEN"), timeout)
        self._batcher = LogBatcher(self._send_batch)
        self.experiment_id: str | None = None

    def __repr__(self) -> str:
        return f"Phaselab({self.tracking_uri!r})"

    def mlflow(
        self, method: str, route: str, *, query: Any = None, body: Any = None, idempotent: bool | None = None
    ) -> Any:
        """Calls an MLflow route, e.g. mlflow("POST", "runs/search", body={...}), and answers its JSON."""
        url = f"{self.tracking_uri}/api/2.0/mlflow/{route}"
        return self._transport.request(method, url, query=query, body=body, idempotent=idempotent)

    def extension(self, method: str, route: str, **request: Any) -> Any:
        """Calls a route of Phaselab's extension (`/api/2.0/phaselab/...`) and answers its JSON."""
        return self._transport.request(method, f"{self.tracking_uri}/api/2.0/phaselab/{route}", **request)

    def graphql(self, query: str, variables: Mapping[str, Any] | None = None) -> dict:
        """Runs a GraphQL operation against `<base>/api/graphql` and answers its data; errors raise PhaselabError."""
        body = {"query": query, "variables": dict(variables or {})}
        answer = self._transport.request("POST", f"{self.base_url}/api/graphql", body=body)
        if answer.get("errors"):
            raise graphql_error(answer["errors"], 200)
        return answer.get("data") or {}

    def set_experiment(self, name: str) -> str:
        """The id of the experiment with this name, created when missing; start_run uses it from now on."""
        try:
            experiment = self.mlflow("GET", "experiments/get-by-name", query={"experiment_name": name})["experiment"]
        except PhaselabError as err:
            if err.error_code != "RESOURCE_DOES_NOT_EXIST":
                raise
            self.experiment_id = self._create_experiment(name)
            return self.experiment_id
        if experiment.get("lifecycle_stage") == "deleted":
            # As MLflow does: runs must not land in an experiment the team deleted.
            message = f"experiment {name!r} is deleted: restore it or choose another name"
            raise PhaselabError("INVALID_PARAMETER_VALUE", message)
        self.experiment_id = experiment["experiment_id"]
        return self.experiment_id

    def _create_experiment(self, name: str) -> str:
        try:
            return self.mlflow("POST", "experiments/create", body={"name": name})["experiment_id"]
        except PhaselabError as err:
            if err.error_code != "RESOURCE_ALREADY_EXISTS":
                raise
            # Another process created it between our two calls.
            experiment = self.mlflow("GET", "experiments/get-by-name", query={"experiment_name": name})
            return experiment["experiment"]["experiment_id"]

    def start_run(
        self, name: str | None = None, experiment_id: str | None = None, tags: Mapping[str, Any] | None = None
    ) -> Run:
        """Creates a RUNNING run in the given experiment, else the one set_experiment chose, else the Default ("0")."""
        body: dict[str, Any] = {"experiment_id": experiment_id or self.experiment_id or "0", "start_time": now_ms()}
        if name is not None:
            body["run_name"] = name
        if tags:
            body["tags"] = [{"key": key, "value": str(value)} for key, value in tags.items()]
        return Run(self, self.mlflow("POST", "runs/create", body=body)["run"]["info"])

    def get_run(self, run_id: str) -> dict:
        """MLflow's run: {"info": {...}, "data": {"metrics", "params", "tags"}}."""
        return self.mlflow("GET", "runs/get", query={"run_id": run_id})["run"]

    def get_metric_history(self, run_id: str, key: str) -> list[dict]:
        """Every point of one metric of a run: [{"key", "value", "timestamp", "step"}]."""
        points: list[dict] = []
        query = {"run_id": run_id, "metric_key": key}
        while True:
            page = self.mlflow("GET", "metrics/get-history", query=query)
            points.extend(page.get("metrics", []))
            if not page.get("next_page_token"):
                return points
            query = {**query, "page_token": page["next_page_token"]}

    def flush(self, timeout: float | None = None) -> None:
        """Waits until every run's logged points were sent; raises the first refusal among them."""
        error = self._batcher.flush(None, timeout)
        if error is not None:
            raise error

    def _send_batch(self, run_id: str, batch: dict) -> None:
        url = f"{self.tracking_uri}/api/2.0/mlflow/runs/log-batch"
        body = {"run_id": run_id, **batch}
        self._transport.request("POST", url, body=body, idempotent=True, retry_seconds=BATCH_RETRY_SECONDS)


def _env(*names: str) -> str | None:
    return next((os.environ[name] for name in names if os.environ.get(name)), None)
