"""`make bench`: the reminder sweep (bench/sweep.py) and the server benchmark (bench/server.py),
both on PostgreSQL, merged into bench/results/latest.json and printed as one table.

    python -m bench                 the full run (20–40 minutes on 2 shared cores)
    python -m bench --quick         a short sanity run on small data (BENCH_QUICK=1 make bench)
    python -m bench --skip-sweep    the server part only, reusing bench/results/sweep.json

A full run also rewrites the table in bench/README.md (between its bench:table markers).
"""

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")

GOALS = {  # ratio to floor, by target kind
    "API application detail": 0.6,
    "API thread detail": 0.6,
    "API me": 0.6,
    "API applications list": 0.4,
    "API threads list": 0.4,
    "API notifications list": 0.4,
    "dashboard": 0.25,
    "recruiter work queue": 0.25,
}
PAGE_GOAL = 0.35


def table(result: dict) -> str:
    lines = [
        "| target | req/s | ÷ bare | ÷ floor | goal | p50 ms | p99 ms | p99 ms at ⅒ | queries (1 row) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in result["targets"]:
        goal = GOALS.get(row["name"], PAGE_GOAL if row["auth"] in ("page", "recruiter", "anon") else 0.4)
        mark = "✓" if row["ratio_to_floor"] >= goal else "✗"
        one = f" ({row['queries_one_row']})" if row.get("queries_one_row") is not None else ""
        lines.append(
            f"| {row['name']} | {row['rps']:.0f} | {row['ratio_to_bare']:.3f} | {row['ratio_to_floor']:.3f} | "
            f"{goal} {mark} | {row['p50_ms']:.1f} | {row['p99_ms']:.1f} | {row['p99_tenth_ms'] or 0:.1f} | "
            f"{row['queries']}{one} |"
        )
    floor = result["floor_to_bare"]
    lines.append("")
    lines.append(f"Floor ÷ bare: pages {floor['page']}, API {floor['api']} (goal ≥ 0.25).")
    sweep = result.get("sweep") or {}
    if sweep:
        lines.append(
            f"Reminder sweep: {sweep['rows_per_s_10k']} rows/s at {sweep['sizes'][0]:,} due rows, "
            f"{sweep['rows_per_s_100k']} rows/s at {sweep['sizes'][-1]:,} "
            f"(goal ≥ 250; per-row cost ratio {sweep.get('per_row_cost_ratio')}, goal ≤ 1.2), "
            f"{sweep['queries_per_batch']} queries per batch of {sweep.get('batch_size')}."
        )
    return "\n".join(lines)


def _readme_update(result: dict) -> None:
    readme = HERE / "README.md"
    start, end = "<!-- bench:table -->", "<!-- /bench:table -->"
    text = readme.read_text()
    if start not in text or end not in text:
        return
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    sweep = result["sweep"]
    block = (
        f"{start}\n{result['date']} · {result['machine']} · gunicorn 2 sync workers, production settings, "
        f"DEBUG=False, PostgreSQL + Redis · full data {result['scale']['full']}× · sweep sizes {sweep['sizes']}\n\n"
        f"{table(result)}\n{end}"
    )
    readme.write_text(head + block + tail)


def main() -> int:
    quick = "--quick" in sys.argv[1:] or os.environ.get("BENCH_QUICK") == "1"
    skip_sweep = "--skip-sweep" in sys.argv[1:] or os.environ.get("BENCH_SKIP_SWEEP") == "1"
    env = dict(os.environ)
    env.setdefault("DATABASE_URL", f"{PG}/debrief_bench")
    env.setdefault("REDIS_URL", "redis://127.0.0.1:6379/12")
    if quick:
        env.setdefault("BENCH_SWEEP_SIZES", "1000,10000")
    if not skip_sweep:
        print("=== reminder sweep ===", flush=True)
        if subprocess.run([sys.executable, "-m", "bench.sweep"], cwd=HERE.parent, env=env, check=False).returncode:
            return 1
    print("\n=== server ===", flush=True)
    args = ["--quick"] if quick else []
    if subprocess.run([sys.executable, "-m", "bench.server", *args], cwd=HERE.parent, check=False).returncode:
        return 1
    result = json.loads((RESULTS / "server.json").read_text())
    sweep = json.loads((RESULTS / "sweep.json").read_text())
    runs = sweep["runs"]
    result["sweep"] = {
        "rows_per_s_10k": runs[0]["rows_per_second"],
        "rows_per_s_100k": runs[-1]["rows_per_second"],
        "queries_per_batch": runs[-1]["queries_per_full_batch"][-1],
        "batch_size": sweep["batch_size"],
        "sizes": [run["due_rows"] for run in runs],
        "per_row_cost_ratio": sweep.get("per_row_cost_ratio"),
        "database": sweep["database"],
    }
    result["date"] = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    result["machine"] = f"{os.cpu_count()} cores, {os.uname().sysname} {os.uname().release}"
    (RESULTS / "latest.json").write_text(json.dumps(result, indent=2))
    print(f"\n{result['date']} · {result['machine']}{' · QUICK' if quick else ''}\n")
    print(table(result))
    print(f"\nWritten to {RESULTS / 'latest.json'}")
    if not quick:
        _readme_update(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
