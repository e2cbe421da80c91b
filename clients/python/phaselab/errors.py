"""The one error type the client raises for anything the server or the network refuses."""


class PhaselabError(Exception):
    """A refusal from Phaselab (MLflow's error codes) or a server that could not be reached.

    `status` is the HTTP status, or None when no answer came back (then `error_code` is
    TEMPORARILY_UNAVAILABLE).
    """

    def __init__(self, error_code: str, message: str, status: int | None = None):
        super().__init__(f"{error_code}: {message}")
        self.error_code = error_code
        self.message = message
        self.status = status

    @property
    def retryable(self) -> bool:
        """Whether sending the same request again may succeed: no answer, or a server-side failure."""
        return self.status is None or self.status >= 500 or self.status == 429
