"""One registry shape for everything apps plug into core and each other.

To-do providers, reminder kinds, digest sections, demo data and navigation items are each a
``Registry``: apps ``register(name, item)`` from ``AppConfig.ready()`` (registering the same
name again replaces it, so a second ``ready()`` is harmless) and readers iterate in registration
order, optionally sorted by the item's own ``order`` attribute. Core names no app: it only reads
what was registered.
"""

from collections.abc import Iterator


class Registry[T]:
    def __init__(self, what: str) -> None:
        self.what = what
        self._items: dict[str, T] = {}

    def register(self, name: str, item: T) -> T:
        self._items[name] = item
        return item

    def unregister(self, name: str) -> None:
        self._items.pop(name, None)

    def get(self, name: str) -> T:
        try:
            return self._items[name]
        except KeyError:
            raise LookupError(f"No {self.what} named {name!r} is registered.") from None

    def __contains__(self, name: object) -> bool:
        return name in self._items

    def __iter__(self) -> Iterator[T]:
        return iter(list(self._items.values()))

    def __len__(self) -> int:
        return len(self._items)

    def names(self) -> list[str]:
        return list(self._items)

    def items(self) -> list[tuple[str, T]]:
        return list(self._items.items())

    def sorted(self) -> list[T]:
        """Items by their ``order`` attribute (missing → 100), then registration order."""
        return sorted(self._items.values(), key=lambda item: getattr(item, "order", 100))
