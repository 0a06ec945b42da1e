"""Shared fixtures: a window's data directory, a set-up window, a throwaway PostgreSQL database."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop import i18n  # noqa: E402
from desktop.accounts import Operator  # noqa: E402
from desktop.setup import SetupRequest, initialise  # noqa: E402
from desktop.store import Store  # noqa: E402
from models.accounts import Role  # noqa: E402

PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/test"
ADMIN_PASSWORD = "Admin-2026!"


@pytest.fixture(autouse=True)
def _chinese_messages() -> Iterator[None]:
    """Messages default to Chinese, as at the windows; a test may switch."""
    i18n.set_language("zh_CN")
    yield
    i18n.set_language("zh_CN")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "window03")
    yield s
    s.close()


@pytest.fixture
def ready_store(store: Store) -> Store:
    """A window 03 of 溧水区 set up with the sample catalog and an administrator."""
    initialise(
        store,
        SetupRequest(
            center_code="320117",
            center_name="南京市溧水区行政服务中心",
            window_code="3",
            admin_username="admin",
            admin_display_name="王管理",
            admin_password=ADMIN_PASSWORD,
        ),
    )
    return store


@pytest.fixture
def admin() -> Operator:
    return Operator("admin", "王管理", Role.ADMIN)


def _pg_admin_url() -> str:
    return os.environ.get("YICHUANG_TEST_PG_URL", PG_DEFAULT)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards.

    Fails rather than skips when CI=true: a green run must mean the central side was tested.
    """
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    base = _pg_admin_url()
    try:
        admin_conn = psycopg.connect(base, autocommit=True, connect_timeout=5)
    except Exception as exc:
        message = f"PostgreSQL not reachable at {base}: {exc}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    name = f"yc_test_{uuid.uuid4().hex[:12]}"
    with admin_conn:
        admin_conn.execute(f'CREATE DATABASE "{name}"')
        params = conninfo_to_dict(base)
        params["dbname"] = name
        try:
            yield _as_url(params)
        finally:
            admin_conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _as_url(params: dict[str, object]) -> str:
    from urllib.parse import quote

    user = quote(str(params.get("user", "postgres")))
    password = params.get("password")
    auth = f"{user}:{quote(str(password))}@" if password else f"{user}@"
    host = params.get("host", "127.0.0.1")
    port = params.get("port", 5432)
    extra = {
        k: v for k, v in params.items() if k not in ("user", "password", "host", "port", "dbname")
    }
    query = "&".join(f"{k}={quote(str(v))}" for k, v in extra.items())
    return f"postgresql://{auth}{host}:{port}/{params['dbname']}" + (f"?{query}" if query else "")


def type_text(qtbot: object, widget: object, text: str) -> None:
    """Type like a person: ASCII through QTest, Chinese as the input method commits it.

    QTest.keyClicks asserts on anything outside ASCII, so each Chinese character is sent
    as a key event carrying its text, which is what a widget receives from an IME.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)  # type: ignore[attr-defined]
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                )
