#!/usr/bin/env python3
"""Train a small PyTorch text classifier on labels Phaselab made noisy, and let Phaselab watch it memorize them.

    python3 examples/pytorch-noisy-labels/train.py              # needs a Phaselab and an API token
    python3 examples/pytorch-noisy-labels/train.py --dry-run    # synthetic data, no server
"""

import argparse
import collections
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

try:
    import phaselab
except ImportError:  # run from a checkout without installing the client
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "clients" / "python"))
    import phaselab

import torch
from phaselab.torch import per_example_losses
from torch import nn
from torch.utils.data import DataLoader

EXPERIMENT = "pytorch-noisy-labels"
MAX_WORDS = 20_000
UNKNOWN = 0
NOISE_SEED = 1  # the same flipped labels on every run, so runs with other settings compare

# Callback after each epoch: (epoch, metrics, per-example losses, predictions) -> memorized fraction or None.
EpochHook = Callable[[int, dict, list, list], float | None]

DATASETS_QUERY = """
query Datasets($search: String) {
  datasets(first: 100, search: $search) { nodes { name latestVersion { id number } } }
}
"""


def tokenize(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


def build_vocabulary(texts: Sequence[str], max_words: int = MAX_WORDS) -> dict[str, int]:
    """The most frequent words of the training texts, numbered from 1 (0 is any unknown word)."""
    counts = collections.Counter(word for text in texts for word in tokenize(text))
    ranked = sorted(counts, key=lambda word: (-counts[word], word))[:max_words]
    return {word: index for index, word in enumerate(ranked, start=1)}


def encode(texts: Sequence[str], vocabulary: dict[str, int]) -> list[list[int]]:
    return [[vocabulary.get(word, UNKNOWN) for word in tokenize(text)] or [UNKNOWN] for text in texts]


def collate(batch: list[tuple[list[int], int]]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Concatenated word ids with each example's offset, as EmbeddingBag takes them, and the targets."""
    lengths = [len(words) for words, _ in batch]
    offsets = torch.tensor([0] + lengths[:-1]).cumsum(0)
    words = torch.tensor([word for words, _ in batch for word in words])
    return words, offsets, torch.tensor([target for _, target in batch])


def loader(encoded: list[list[int]], targets: list[int], batch_size: int, shuffle: bool, seed: int) -> DataLoader:
    generator = torch.Generator().manual_seed(seed) if shuffle else None
    examples = list(zip(encoded, targets))
    return DataLoader(examples, batch_size=batch_size, shuffle=shuffle, collate_fn=collate, generator=generator)


class TextClassifier(nn.Module):
    """Mean of word embeddings, one hidden layer: small, yet with room to memorize individual titles."""

    def __init__(self, vocabulary_size: int, classes: int, embedding_dim: int = 64, hidden: int = 64):
        super().__init__()
        self.embedding = nn.EmbeddingBag(vocabulary_size, embedding_dim, mode="mean")
        self.classify = nn.Sequential(nn.Linear(embedding_dim, hidden), nn.ReLU(), nn.Linear(hidden, classes))

    def forward(self, words: torch.Tensor, offsets: torch.Tensor) -> torch.Tensor:
        return self.classify(self.embedding(words, offsets))


def evaluate(model: nn.Module, data: DataLoader) -> tuple[float, float]:
    """Mean loss and accuracy against the split's labels."""
    losses, predictions = per_example_losses(model, data)
    targets = [target for _, _, batch_targets in data for target in batch_targets.tolist()]
    if not targets:
        return float("nan"), float("nan")
    correct = sum(p == t for p, t in zip(predictions, targets))
    return sum(losses) / len(losses), correct / len(targets)


def train(data: dict, args: argparse.Namespace, on_epoch: EpochHook) -> float:
    """Trains on data["train"] (as noisy_labels answers it) for args.epochs epochs; answers the test accuracy."""
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    index = {label: i for i, label in enumerate(data["classes"])}
    vocabulary = build_vocabulary(data["train"]["texts"])

    def split(name: str, shuffle: bool = False) -> DataLoader:
        part = data[name]
        targets = [index[label] for label in part["labels"]]
        return loader(encode(part["texts"], vocabulary), targets, args.batch_size, shuffle, args.seed)

    training, in_order = split("train", shuffle=True), split("train")  # in_order: registration order
    validation, test = split("validation"), split("test")
    model = TextClassifier(len(vocabulary) + 1, len(index), args.embedding_dim, args.hidden)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    print(f"{len(data['train']['texts'])} training examples, {len(vocabulary)} words, {len(index)} classes")
    for epoch in range(1, args.epochs + 1):
        started = time.monotonic()
        model.train()
        total, count = 0.0, 0
        for words, offsets, targets in training:
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(model(words, offsets), targets)
            loss.backward()
            optimizer.step()
            total, count = total + loss.item() * len(targets), count + len(targets)
        val_loss, val_accuracy = evaluate(model, validation)
        losses, predictions = per_example_losses(model, in_order)
        metrics = {"train_loss": total / count, "val_loss": val_loss, "val_accuracy": val_accuracy, "epoch": epoch}
        memorized = on_epoch(epoch, metrics, losses, predictions)
        shown = "" if memorized is None else f"  memorized {memorized:.3f}"
        print(
            f"epoch {epoch:3d}/{args.epochs}  train_loss {metrics['train_loss']:.4f}  val_loss {val_loss:.4f}  "
            f"val_accuracy {val_accuracy:.4f}{shown}  {time.monotonic() - started:.2f}s",
            flush=True,
        )
    return evaluate(model, test)[1]


def find_dataset_version(client: phaselab.Phaselab, name: str) -> tuple[str, str]:
    """The latest version of the team's dataset named like `name`, an exact name first: (version id, description)."""
    nodes = client.graphql(DATASETS_QUERY, {"search": name})["datasets"]["nodes"]
    matches = [node for node in nodes if name.lower() in node["name"].lower()]
    if not matches:
        raise SystemExit(f"no dataset of your team has {name!r} in its name: add one, or pass --dataset-version-id")
    chosen = next((node for node in matches if node["name"].lower() == name.lower()), matches[0])
    return chosen["latestVersion"]["id"], f"{chosen['name']} v{chosen['latestVersion']['number']}"


def run_url(client: phaselab.Phaselab, run: phaselab.Run) -> str:
    slug = client.graphql("query { team { slug } }")["team"]["slug"]
    return f"{client.base_url}/t/{slug}/runs/{run.id}"


def track(args: argparse.Namespace) -> None:
    client = phaselab.Phaselab()
    if args.dataset_version_id:
        version_id, dataset = args.dataset_version_id, args.dataset_version_id
    else:
        version_id, dataset = find_dataset_version(client, args.dataset)
    client.set_experiment(EXPERIMENT)
    with client.start_run(tags={"phaselab.validation_metric": "val_accuracy"}) as run:
        print(f"run {run.id}: {run_url(client, run)}")
        run.log_params(
            {
                "model": "EmbeddingBag(mean)-MLP",
                "embedding_dim": args.embedding_dim,
                "hidden": args.hidden,
                "lr": args.lr,
                "epochs": args.epochs,
                "batch_size": args.batch_size,
                "noise_rate": args.noise,
                "noise_seed": NOISE_SEED,
                "seed": args.seed,
            }
        )
        data = run.noisy_labels(version_id, rate=args.noise, scheme="flip", seed=NOISE_SEED)
        print(f"dataset {dataset}: {data['noisy']} of {len(data['train']['ids'])} training labels flipped")

        def log_epoch(epoch: int, metrics: dict, losses: list, predictions: list) -> float | None:
            run.log_metrics(metrics, step=epoch)
            return run.log_example_epoch(epoch, losses, predictions)["memorized_fraction"]

        started = time.monotonic()
        test_accuracy = train(data, args, log_epoch)
        run.log_metric("test_accuracy", test_accuracy, step=args.epochs)
    elapsed = time.monotonic() - started
    print(f"run {run.id}: test_accuracy {test_accuracy:.4f} after {args.epochs} epochs on {dataset} in {elapsed:.0f}s")


def synthetic_data(rows: int, noise: float, seed: int) -> tuple[dict, list[bool]]:
    """Random titles in 5 classes, split 80/10/10, with a share of training labels flipped; also which were flipped."""
    rng = random.Random(seed)
    classes = [f"class-{c}" for c in range(5)]
    shared = [f"w{i}" for i in range(200)]
    words = {c: [f"{c}-w{i}" for i in range(30)] for c in classes}
    splits: dict = {name: {"ids": [], "texts": [], "labels": []} for name in ("train", "validation", "test")}
    flipped = []
    for row in range(rows):
        label = rng.choice(classes)
        text = " ".join(rng.sample(words[label], 2) + rng.sample(shared, 4))
        name = "train" if row < rows * 0.8 else "validation" if row < rows * 0.9 else "test"
        if name == "train":
            flipped.append(rng.random() < noise)
            if flipped[-1]:
                label = rng.choice([c for c in classes if c != label])
        for key, value in (("ids", str(row)), ("texts", text), ("labels", label)):
            splits[name][key].append(value)
    return {"classes": classes, "noisy": sum(flipped), **splits}, flipped


def dry_run(args: argparse.Namespace) -> None:
    data, flipped = synthetic_data(500, args.noise, args.seed)
    index = {label: i for i, label in enumerate(data["classes"])}
    labels = [index[label] for label in data["train"]["labels"]]

    def memorized(epoch: int, metrics: dict, losses: list, predictions: list) -> float | None:
        noisy = [p == label for p, label, f in zip(predictions, labels, flipped) if f]
        return sum(noisy) / len(noisy) if noisy else None

    started = time.monotonic()
    test_accuracy = train(data, args, memorized)
    print(f"dry run finished in {time.monotonic() - started:.1f}s: test_accuracy {test_accuracy:.4f}")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", default="Product titles", help="a name (or part of one) of your team's dataset")
    parser.add_argument("--dataset-version-id", help="use this dataset version instead of looking one up by name")
    parser.add_argument("--noise", type=float, default=0.2, help="share of training labels Phaselab flips")
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--lr", type=float, default=0.005)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--embedding-dim", type=int, default=64)
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--dry-run", action="store_true", help="train on 500 synthetic titles without any server")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        if args.dry_run:
            dry_run(args)
        else:
            track(args)
    except phaselab.PhaselabError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
