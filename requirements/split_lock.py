"""Write base.lock and dev.lock from two `pip freeze` outputs (used by `make lock`)."""

import sys
from pathlib import Path

HERE = Path(__file__).parent


def read(path: str) -> dict[str, str]:
    lines = [line.strip() for line in Path(path).read_text().splitlines() if "==" in line]
    return {line.split("==")[0].lower(): line for line in lines}


def main(base_freeze: str, dev_freeze: str) -> None:
    base, dev = read(base_freeze), read(dev_freeze)
    extra = sorted((line for name, line in dev.items() if name not in base), key=str.lower)
    (HERE / "base.lock").write_text(
        "# Pinned app dependencies: pip install -r requirements/base.lock. Regenerate with 'make lock'.\n"
        + "\n".join(sorted(base.values(), key=str.lower))
        + "\n"
    )
    (HERE / "dev.lock").write_text(
        "# Pinned test and tooling dependencies on top of base.lock. Regenerate with 'make lock'.\n-r base.lock\n"
        + "\n".join(extra)
        + "\n"
    )


if __name__ == "__main__":
    main(*sys.argv[1:3])
