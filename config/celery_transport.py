"""Broker and result-backend settings for both shapes of Debrief.

Pure functions (no environment reads) so the settings and the worker tests build the
transport the same way.
"""

from pathlib import Path

# kombu's filesystem transport does not create its folders. Its four folder options
# (in, out, processed, control) must all name existing folders; web, worker and beat share
# one machine, so "in" and "out" are the same queue folder.
FILESYSTEM_FOLDERS = ("queue", "processed", "control", "results")


def filesystem_folders(data_dir: Path) -> dict[str, Path]:
    root = Path(data_dir) / "celery"
    return {name: root / name for name in FILESYSTEM_FOLDERS}


def ensure_filesystem_folders(data_dir: Path) -> None:
    for folder in filesystem_folders(data_dir).values():
        folder.mkdir(parents=True, exist_ok=True)


def broker_settings(*, redis_url: str, data_dir: Path) -> dict:
    """Celery settings (lower-case names) for Redis when configured, else the filesystem.

    On the filesystem a producer writes to ``data_folder_out`` and a consumer reads from
    ``data_folder_in``, so both name the same queue folder.
    """
    if redis_url:
        return {
            "broker_url": redis_url,
            "result_backend": redis_url,
            # Socket timeouts bound every synchronous Redis command (a publish from a web
            # request, an ack) on a broker that vanished without closing the TCP connection;
            # the consumer's BRPOP waits 1 s, well inside them.
            "broker_transport_options": {
                "visibility_timeout": 3600,
                "socket_connect_timeout": 2,
                "socket_timeout": 10,
            },
            "broker_connection_retry_on_startup": True,
        }
    folders = filesystem_folders(data_dir)
    return {
        "broker_url": "filesystem://",
        "result_backend": f"file://{folders['results']}",
        "broker_transport_options": {
            "data_folder_in": str(folders["queue"]),
            "data_folder_out": str(folders["queue"]),
            "processed_folder": str(folders["processed"]),
            "control_folder": str(folders["control"]),
            "store_processed": False,
        },
        "broker_connection_retry_on_startup": True,
    }
