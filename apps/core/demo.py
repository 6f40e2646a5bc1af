"""Demo data for ``make run``, contributed by the apps: core names none of them.

Each app that has demo data keeps it in ``<app>/demo.py`` and registers a ``DemoSeeder`` there
(``seed_demo`` imports every installed app's ``demo`` module, as the admin finds ``admin.py``).
Seeders run in ``order`` inside one transaction; each is idempotent (a second run changes
nothing) and returns the lines it wants printed.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.module_loading import autodiscover_modules

from apps.core.registry import Registry


@dataclass(frozen=True)
class DemoSeeder:
    seed: Callable[[], list[str]]
    order: int = 100


demo_seeders: Registry[DemoSeeder] = Registry("demo seeder")


def discover_demo_seeders() -> list[DemoSeeder]:
    autodiscover_modules("demo")
    return demo_seeders.sorted()
