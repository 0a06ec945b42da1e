"""Use cases on the window's general settings (设置 → 通用)."""

from __future__ import annotations

from typing import Any

from desktop.accounts import Operator
from desktop.errors import DomainError
from desktop.store import Store, record, set_setting
from models.accounts import Role

IDLE_KEY = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 10
MAX_IDLE_MINUTES = 240


def require_admin(op: Operator) -> None:
    """Settings change how every clerk at this window works, so only administrators may."""
    if not op.can(Role.ADMIN):
        raise DomainError(
            "auth.admin_only",
            "只有管理员可以修改设置。",
            "Only an administrator may change the settings.",
        )


def get_idle_minutes(store: Store) -> float:
    """Minutes of quiet before the screen locks; 0 means never."""
    value = store.setting(IDLE_KEY, DEFAULT_IDLE_MINUTES)
    try:
        minutes = float(value)
    except (TypeError, ValueError):
        # A hand-edited or foreign value must not keep the window from starting.
        return float(DEFAULT_IDLE_MINUTES)
    return minutes if minutes >= 0 else float(DEFAULT_IDLE_MINUTES)


def _check_idle_minutes(minutes: float) -> int:
    whole = int(minutes)
    if whole != minutes or not (whole == 0 or 1 <= whole <= MAX_IDLE_MINUTES):
        raise DomainError(
            "settings.idle_range",
            f"自动锁屏时间应为 1–{MAX_IDLE_MINUTES} 分钟的整数，填 0 表示不锁定。",
            f"The idle lock is a whole number of minutes from 1 to {MAX_IDLE_MINUTES}, "
            "or 0 for never.",
            field="idle_minutes",
        )
    return whole


def _journal_value(value: Any) -> Any:
    # The journal refuses floats (they hash differently on different machines).
    if isinstance(value, float):
        return int(value) if value.is_integer() else str(value)
    return value


def set_idle_minutes(store: Store, minutes: float, op: Operator) -> None:
    """Set the idle lock (0 = never, otherwise 1–240 whole minutes), journalled."""
    require_admin(op)
    new = _check_idle_minutes(minutes)
    ident = store.require_identity()
    old = store.setting(IDLE_KEY, DEFAULT_IDLE_MINUTES)
    with store.write() as s:
        set_setting(s, IDLE_KEY, new)
        record(
            s,
            ident,
            "settings.changed",
            {"key": IDLE_KEY, "old": _journal_value(old), "new": new},
            clerk=op.username,
        )
