"""PyTorch helper: a model's per-example losses and predictions over a training set, for Run.log_example_epoch.

torch is imported inside the function, so `import phaselab` works without torch installed.
"""

from collections.abc import Callable, Iterable
from typing import Any

Forward = Callable[[Any, Any], tuple[Any, Any]]


def per_example_losses(
    model: Any, loader: Iterable, device: Any = "cpu", forward: Forward | None = None
) -> tuple[list[float], list[int]]:
    """Each example's cross-entropy loss and predicted class index, in loader order.

    The loader must not shuffle: log_example_epoch expects the order the examples were registered in.
    By default a batch is `(inputs..., targets)`, e.g. `(inputs, targets)` or `(inputs, offsets, targets)`,
    and the model is called as `model(inputs...)`; pass `forward=lambda model, batch: (logits, targets)`
    for any other shape. The model is evaluated in eval mode and left in the mode it was in.
    """
    import torch
    import torch.nn.functional as F

    forward = forward or _forward
    was_training = model.training
    model.eval()
    losses: list[float] = []
    predictions: list[int] = []
    try:
        with torch.no_grad():
            for batch in loader:
                logits, targets = forward(model, _to_device(batch, device))
                losses.extend(F.cross_entropy(logits, targets, reduction="none").tolist())
                predictions.extend(logits.argmax(dim=-1).tolist())
    finally:
        model.train(was_training)
    return losses, predictions


def _forward(model: Any, batch: Any) -> tuple[Any, Any]:
    *inputs, targets = batch
    return model(*inputs), targets


def _to_device(batch: Any, device: Any) -> Any:
    if hasattr(batch, "to"):
        return batch.to(device)
    if isinstance(batch, (list, tuple)):
        items = [_to_device(item, device) for item in batch]
        return batch._make(items) if hasattr(batch, "_make") else type(batch)(items)  # namedtuples too
    if isinstance(batch, dict):
        return {key: _to_device(value, device) for key, value in batch.items()}
    return batch
