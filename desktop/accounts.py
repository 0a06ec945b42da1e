"""Accounts: creating users, logging in, locking after wrong passwords, disabling.

A failed login says the same thing whether the name is unknown, the password wrong or
the account disabled, so the window reveals nothing to someone trying names.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import DomainError
from desktop.store import Store, WindowIdentity, record
from models.accounts import Account, Role
from models.base import utcnow

MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 8
USERNAME_RE = re.compile(r"^[a-z0-9_.-]{2,32}$")

_hasher = PasswordHasher()
# Unknown names are throttled too, in memory, so a lock never tells that a name exists.
_unknown_failures: dict[str, tuple[int, datetime | None]] = {}
_unknown_lock = threading.Lock()


@dataclass(frozen=True)
class Operator:
    """The person logged in at the window."""

    username: str
    display_name: str
    role: Role

    def can(self, needed: Role) -> bool:
        return self.role.includes(needed)


@dataclass(frozen=True)
class AccountInfo:
    username: str
    display_name: str
    role: Role
    disabled: bool
    locked_until: datetime | None


def login_failed() -> DomainError:
    return DomainError(
        "login.failed",
        "用户名或密码不正确，或该账户已停用。请核对后重试，或联系管理员。",
        "Wrong user name or password, or the account is disabled. Check and try again, "
        "or ask the administrator.",
    )


def login_locked(until: datetime) -> DomainError:
    minutes = max(1, int((until - utcnow()).total_seconds() // 60) + 1)
    return DomainError(
        "login.locked",
        f"密码连续错误次数过多，请 {minutes} 分钟后再试，或联系管理员解锁。",
        f"Too many wrong passwords. Try again in {minutes} minutes, or ask the administrator.",
    )


def check_username(username: str) -> str:
    name = username.strip().lower()
    if not USERNAME_RE.match(name):
        raise DomainError(
            "user.name_invalid",
            "用户名须为 2–32 位小写字母、数字、点、下划线或连字符。",
            "A user name is 2–32 lower-case letters, digits, dots, underscores or hyphens.",
            field="username",
        )
    return name


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD or password.isdigit() and len(set(password)) == 1:
        raise DomainError(
            "user.password_weak",
            f"密码至少 {MIN_PASSWORD} 位，且不能是同一个数字重复。",
            f"A password has at least {MIN_PASSWORD} characters and is not one digit repeated.",
            field="password",
        )


def check_display_name(display_name: str) -> str:
    name = display_name.strip()
    if not name or len(name) > 30:
        raise DomainError(
            "user.display_invalid",
            "请填写姓名（不超过 30 个字）。",
            "Enter the person's name (at most 30 characters).",
            field="display_name",
        )
    return name


def create_account(
    session: Session,
    ident: WindowIdentity,
    *,
    username: str,
    display_name: str,
    role: Role,
    password: str,
    by: str,
) -> AccountInfo:
    name = check_username(username)
    display = check_display_name(display_name)
    check_password(password)
    if session.scalar(select(Account).where(Account.username == name)) is not None:
        raise DomainError(
            "user.exists",
            f"用户名 {name} 已被使用。",
            f"The user name {name} is taken.",
            field="username",
        )
    pw_hash = _hasher.hash(password)
    session.add(
        Account(username=name, display_name=display, role=role.value, password_hash=pw_hash)
    )
    # The hash travels with the event so that accounts reach other windows by sync.
    record(
        session,
        ident,
        "account.created",
        {"username": name, "display_name": display, "role": role.value, "password_hash": pw_hash},
        clerk=by,
    )
    return AccountInfo(name, display, role, False, None)


def _find(session: Session, username: str) -> Account:
    acct = session.scalar(select(Account).where(Account.username == username.strip().lower()))
    if acct is None:
        raise DomainError(
            "user.unknown", f"没有用户 {username}。", f"No user {username}.", field="username"
        )
    return acct


def set_disabled(
    session: Session, ident: WindowIdentity, username: str, disabled: bool, *, by: str
) -> None:
    acct = _find(session, username)
    if disabled and acct.username == by:
        raise DomainError(
            "user.self_disable",
            "不能停用自己正在使用的账户。",
            "You cannot disable your own account.",
        )
    acct.disabled = disabled
    record(
        session,
        ident,
        "account.disabled" if disabled else "account.enabled",
        {"username": acct.username},
        clerk=by,
    )


def reset_password(
    session: Session, ident: WindowIdentity, username: str, new_password: str, *, by: str
) -> None:
    """Give an account a new password (the administrator's 重置密码) and lift any lock.

    The person who forgot their password has usually locked themself out trying, so the
    reset clears the failure count and the lock too; disabling is left as it was.
    """
    check_password(new_password)
    acct = _find(session, username)
    acct.password_hash = _hasher.hash(new_password)
    acct.failed_attempts = 0
    acct.locked_until = None
    # The hash travels with the event, as on creation, so other windows learn it by sync.
    record(
        session,
        ident,
        "account.password_reset",
        {"username": acct.username, "password_hash": acct.password_hash},
        clerk=by,
    )


def list_accounts(session: Session) -> list[AccountInfo]:
    rows = session.scalars(select(Account).order_by(Account.username)).all()
    return [
        AccountInfo(a.username, a.display_name, Role(a.role), a.disabled, a.locked_until)
        for a in rows
    ]


def _unknown_attempt(name: str, now: datetime) -> DomainError:
    with _unknown_lock:
        count, until = _unknown_failures.get(name, (0, None))
        if until and until > now:
            return login_locked(until)
        count += 1
        until = now + timedelta(minutes=LOCK_MINUTES) if count >= MAX_FAILURES else None
        _unknown_failures[name] = (0 if until else count, until)
    return login_locked(until) if until else login_failed()


def authenticate(store: Store, username: str, password: str) -> Operator:
    """Log in; every failure is journalled, and five in a row lock the account for a while."""
    ident = store.require_identity()
    name = username.strip().lower()
    now = utcnow()
    error: DomainError | None = None
    with store.write() as s:
        acct = s.scalar(select(Account).where(Account.username == name))
        if acct is None:
            error = _unknown_attempt(name, now)
            record(s, ident, "login.failed", {"username": name[:60]}, clerk="")
        elif acct.locked_until and acct.locked_until > now:
            error = login_locked(acct.locked_until)
            record(s, ident, "login.refused_locked", {"username": name}, clerk="")
        else:
            ok = False
            try:
                ok = _hasher.verify(acct.password_hash, password)
            except (VerificationError, InvalidHashError):
                ok = False
            if ok and not acct.disabled:
                acct.failed_attempts = 0
                acct.locked_until = None
                if _hasher.check_needs_rehash(acct.password_hash):
                    acct.password_hash = _hasher.hash(password)
                record(s, ident, "login.succeeded", {"username": name}, clerk=name)
                return Operator(acct.username, acct.display_name, Role(acct.role))
            acct.failed_attempts += 1
            error = login_failed()
            if acct.failed_attempts >= MAX_FAILURES:
                acct.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                acct.failed_attempts = 0
                error = login_locked(acct.locked_until)
                record(
                    s,
                    ident,
                    "account.locked",
                    {"username": name, "minutes": LOCK_MINUTES},
                    clerk="",
                )
            record(s, ident, "login.failed", {"username": name}, clerk="")
    assert error is not None
    raise error


def verify_password(store: Store, username: str, password: str) -> bool:
    """Re-check a password without counting as a login (the idle lock, a supervisor's approval)."""
    with store.read() as s:
        acct = s.scalar(select(Account).where(Account.username == username.strip().lower()))
        if acct is None or acct.disabled:
            return False
        try:
            return _hasher.verify(acct.password_hash, password)
        except (VerificationError, InvalidHashError):
            return False


def record_logout(store: Store, op: Operator, reason: str) -> None:
    ident = store.require_identity()
    with store.write() as s:
        record(s, ident, "logout", {"username": op.username, "reason": reason}, clerk=op.username)
