"""Phaselab's Python client: MLflow-style tracking plus per-example memorization (standard library only)."""

__version__ = "0.1.0"

from .client import Phaselab  # noqa: E402
from .errors import PhaselabError  # noqa: E402
from .run import Run  # noqa: E402

__all__ = ["Phaselab", "PhaselabError", "Run", "__version__"]
