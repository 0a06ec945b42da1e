"""The center's clock: timestamps are stored in UTC, days are counted in China's time zone.

A window whose machine is set to UTC would otherwise put the evening's cases on the
wrong day (case numbers, due dates and the daily log all follow the local day).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

CENTER_TZ = ZoneInfo("Asia/Shanghai")


def now_utc() -> datetime:
    return datetime.now(UTC)


def local_day(moment: datetime) -> date:
    return moment.astimezone(CENTER_TZ).date()


def local_text(moment: datetime, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return moment.astimezone(CENTER_TZ).strftime(fmt)


def center_today() -> date:
    """Today as the center counts it (Beijing), whatever the machine's own zone."""
    return local_day(now_utc())
