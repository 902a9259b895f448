"""Storage: the SQLite file beside PostgreSQL on the large generated policy (issue 17).

Measures, on each backend: saving the policy the first time, opening it (reading every row and
building the policy), an edit's save (one block's text), and an edit's round trip — one client
saves, another notices (data_version) and merges it in. PostgreSQL runs as a throw-away local
cluster (tests/pg_cluster.py); the issue's targets are ≤ 0.5 s to open and ≤ 50 ms per round trip.

    python benchmarks/storage_benchmark.py
"""

from __future__ import annotations

import importlib.util
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.large_policy import large_policy, word_count  # noqa: E402
from policy_studio.model import Policy  # noqa: E402
from policy_studio.storage.locate import create_store, open_store  # noqa: E402


def _cluster():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("pg_cluster", ROOT / "tests" / "pg_cluster.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Cluster()


def best(run: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def measure(location: str, policy: Policy) -> dict[str, float]:
    store = create_store(location)
    start = time.perf_counter()
    store.save_policy(policy)
    first = time.perf_counter() - start
    reader = open_store(location)
    opened = best(lambda: reader.policy(policy.id), repeat=3)
    blocks = [b for _, b in policy.iter_blocks()]
    counter = iter(range(10**9))

    def edit() -> None:
        # As the app saves: told which block the edit changed (Session collects them).
        block = blocks[len(blocks) // 2]
        block.set_text("en", f"Edited sentence number {next(counter)}.")
        store.save_policy(policy, touched={block.id})

    save = statistics.median(best(edit, repeat=1) for _ in range(20))
    watcher = open_store(location)
    seen = watcher.policy(policy.id)
    assert seen is not None
    version = watcher.data_version()

    def round_trip() -> None:
        nonlocal version, seen
        edit()
        while watcher.data_version() == version:
            pass
        version = watcher.data_version()
        refresh = watcher.refresh_policy(seen, unsaved=False)  # no edits of its own
        seen = refresh.policy

    trip = statistics.median(best(round_trip, repeat=1) for _ in range(20))
    for ws in (store, reader, watcher):
        ws.close()
    return {"first save": first, "open": opened, "edit save": save, "round trip": trip}


def main() -> None:
    policy = large_policy()
    print(
        f"large policy: {len(policy.sections)} sections, "
        f"{sum(1 for _ in policy.iter_blocks())} blocks, "
        f"{word_count(policy, 'en'):,} words in English"
    )
    from tests.conftest import make_policy

    results: dict[str, dict[str, float]] = {}
    cluster = _cluster()
    try:
        for size, make in (("large", large_policy), ("sample", make_policy)):
            with tempfile.TemporaryDirectory() as folder:
                results[f"SQLite file, {size}"] = measure(
                    str(Path(folder) / "bench.pstudio"), make()
                )
            results[f"PostgreSQL, {size}"] = measure(cluster.new_database(), make())
    finally:
        cluster.close()
    names = list(next(iter(results.values())))
    print(f"{'':<22}" + "".join(f"{n:>14}" for n in names))
    for backend, row in results.items():
        print(f"{backend:<22}" + "".join(f"{row[n] * 1000:>11.1f} ms" for n in names))
    print("targets (issue 17): open ≤ 500 ms, round trip (save + another client sees it) ≤ 50 ms")


if __name__ == "__main__":
    main()
