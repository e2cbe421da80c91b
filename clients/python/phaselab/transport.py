"""HTTP to Phaselab: bearer auth, JSON or bytes in, JSON out, transient failures retried with backoff."""

import http.client
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from . import __version__
from .encoding import dumps
from .errors import PhaselabError

_CODES_BY_STATUS = {
    400: "BAD_REQUEST",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "ENDPOINT_NOT_FOUND",
    413: "REQUEST_LIMIT_EXCEEDED",
    429: "REQUEST_LIMIT_EXCEEDED",
}


class Transport:
    def __init__(self, token: str | None, timeout: float = 30.0):
        self.token = token
        self.timeout = timeout

    def request(
        self,
        method: str,
        url: str,
        *,
        query: dict | list | None = None,
        body: Any = None,
        data: bytes | None = None,
        content_type: str = "application/json",
        idempotent: bool | None = None,
        retry_seconds: float = 10.0,
    ) -> Any:
        """Sends one request and answers its JSON; raises PhaselabError for a refusal or an unreachable server.

        GETs (and requests marked idempotent) are retried on 5xx, 429 and network errors until
        retry_seconds have passed; any request is retried when the connection was refused, since
        then nothing reached the server.
        """
        if query:
            url = f"{url}?{urllib.parse.urlencode(query, doseq=True)}"
        if body is not None:
            data = dumps(body)
        headers = {"Accept": "application/json", "User-Agent": f"phaselab-python/{__version__}"}
        if data is not None:
            headers["Content-Type"] = content_type
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        repeatable = method == "GET" if idempotent is None else idempotent
        deadline = time.monotonic() + retry_seconds
        delay = 0.5
        while True:
            try:
                return self._send(urllib.request.Request(url, data=data, headers=headers, method=method))
            except PhaselabError as err:
                never_arrived = isinstance(err.__cause__, ConnectionRefusedError)
                if not err.retryable or not (repeatable or never_arrived) or time.monotonic() + delay > deadline:
                    raise
            time.sleep(delay)
            delay = min(delay * 2, 8.0)

    def _send(self, request: urllib.request.Request) -> Any:
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return _json(response.read(), response.status)
        except urllib.error.HTTPError as err:
            raise error_from(err.code, err.read()) from None
        except urllib.error.URLError as err:
            cause = err.reason if isinstance(err.reason, BaseException) else err
            raise PhaselabError("TEMPORARILY_UNAVAILABLE", f"cannot reach {request.full_url}: {err.reason}") from cause
        except (OSError, http.client.HTTPException) as err:
            raise PhaselabError("TEMPORARILY_UNAVAILABLE", f"no answer from {request.full_url}: {err!r}") from err


def _json(raw: bytes, status: int) -> Any:
    if not raw:
        return {}
    try:
        return json.loads(raw)
    except ValueError:
        raise PhaselabError("INTERNAL_ERROR", f"the answer is not JSON: {raw[:200]!r}", status) from None


def error_from(status: int, raw: bytes) -> PhaselabError:
    """The PhaselabError for an error answer: MLflow's {error_code, message}, GraphQL's {errors}, or the bare status."""
    try:
        body = json.loads(raw)
    except ValueError:
        body = None
    if isinstance(body, dict) and "error_code" in body:
        return PhaselabError(str(body["error_code"]), str(body.get("message", "")), status)
    if isinstance(body, dict) and body.get("errors"):
        return graphql_error(body["errors"], status)
    code = _CODES_BY_STATUS.get(status, "INTERNAL_ERROR" if status >= 500 else "BAD_REQUEST")
    return PhaselabError(code, raw[:200].decode("utf-8", "replace") or f"HTTP {status}", status)


def graphql_error(errors: list, status: int) -> PhaselabError:
    """GraphQL errors as one PhaselabError: the first error's extensions.code, every message."""
    first = errors[0] if isinstance(errors[0], dict) else {}
    code = (first.get("extensions") or {}).get("code") or "GRAPHQL_ERROR"
    message = "; ".join(str(e.get("message", e)) if isinstance(e, dict) else str(e) for e in errors)
    return PhaselabError(str(code), message, status)
