"""Every task of ours is acknowledged when a worker takes it, so a worker never holds an
unacknowledged message when Redis drops (issue 8: kombu's restore of such a message on the
torn-down connection killed the worker). Their state lives in rows; beat repairs."""

import pytest

from config.celery import app

OUR_TASKS = sorted(name for name in app.tasks if name.startswith("apps."))


def test_there_are_tasks_to_check():
    assert "apps.reminders.tasks.sweep" in OUR_TASKS


@pytest.mark.parametrize("name", OUR_TASKS)
def test_the_task_is_acknowledged_on_receipt(name):
    assert app.tasks[name].acks_late is False
