"""Run every benchmark module in bench/ that defines main(), each in its own process (each
builds and drops its own throwaway database)."""

import ast
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _has_main(path: Path) -> bool:
    tree = ast.parse(path.read_text())
    return any(isinstance(node, ast.FunctionDef) and node.name == "main" for node in tree.body)


def modules() -> list[str]:
    return [path.stem for path in sorted(HERE.glob("*.py")) if not path.stem.startswith("_") and _has_main(path)]


def main() -> int:
    failed = []
    for name in modules():
        print(f"\n=== bench.{name} ===", flush=True)
        if subprocess.run([sys.executable, "-m", f"bench.{name}"], cwd=HERE.parent, check=False).returncode:
            failed.append(name)
    if failed:
        print(f"\nFailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
