"""Accounts: argon2 hashes, the same message for every failed login, lockout, disabling."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.accounts import authenticate, create_account, set_disabled, verify_password
from desktop.errors import DomainError
from desktop.store import Store
from models.accounts import Account, Role
from models.journal import Event
from tests.conftest import ADMIN_PASSWORD


def _add(
    store: Store, username: str, password: str = "Clerk-pass-1", role: Role = Role.CLERK
) -> None:
    with store.write() as s:
        create_account(
            s,
            store.require_identity(),
            username=username,
            display_name="李窗口",
            role=role,
            password=password,
            by="admin",
        )


def _login_error(store: Store, user: str, password: str) -> DomainError:
    with pytest.raises(DomainError) as info:
        authenticate(store, user, password)
    return info.value


def test_passwords_are_stored_as_argon2_hashes(ready_store: Store) -> None:
    with ready_store.read() as s:
        acct = s.scalar(select(Account).where(Account.username == "admin"))
    assert acct is not None
    assert acct.password_hash.startswith("$argon2id$")
    assert ADMIN_PASSWORD not in acct.password_hash


def test_the_right_password_logs_in(ready_store: Store) -> None:
    op = authenticate(ready_store, " Admin ", ADMIN_PASSWORD)
    assert (op.username, op.role) == ("admin", Role.ADMIN)


def test_wrong_password_unknown_user_and_disabled_user_read_the_same(ready_store: Store) -> None:
    _add(ready_store, "lisi")
    with ready_store.write() as s:
        set_disabled(s, ready_store.require_identity(), "lisi", True, by="admin")
    wrong = _login_error(ready_store, "admin", "nope-nope")
    unknown = _login_error(ready_store, "nobody", "nope-nope")
    disabled = _login_error(ready_store, "lisi", "Clerk-pass-1")
    assert wrong.message == unknown.message == disabled.message
    assert "用户名或密码不正确" in wrong.message


def test_five_wrong_passwords_lock_even_the_right_one_out(ready_store: Store) -> None:
    for _ in range(4):
        assert _login_error(ready_store, "admin", "wrong-pass").code == "login.failed"
    locked = _login_error(ready_store, "admin", "wrong-pass")
    assert locked.code == "login.locked" and "分钟" in locked.message
    assert _login_error(ready_store, "admin", ADMIN_PASSWORD).code == "login.locked"
    with ready_store.read() as s:
        kinds = s.scalars(
            select(Event.kind).where(Event.kind.like("login.%") | Event.kind.like("account.locked"))
        ).all()
    assert kinds.count("login.failed") == 5
    assert "account.locked" in kinds and "login.refused_locked" in kinds


def test_unknown_names_lock_the_same_way_so_a_lock_reveals_nothing(ready_store: Store) -> None:
    codes = [_login_error(ready_store, "ghost", "x-x-x-x-x").code for _ in range(5)]
    assert codes == ["login.failed"] * 4 + ["login.locked"]


def test_weak_password_and_taken_name_are_refused_beside_their_fields(ready_store: Store) -> None:
    with pytest.raises(DomainError) as weak:
        _add(ready_store, "zhaoliu", password="1111111111")
    assert weak.value.field == "password"
    _add(ready_store, "zhaoliu")
    with pytest.raises(DomainError) as taken:
        _add(ready_store, "ZhaoLiu")
    assert taken.value.field == "username" and "已被使用" in taken.value.message


def test_an_administrator_cannot_disable_themself(ready_store: Store) -> None:
    with pytest.raises(DomainError), ready_store.write() as s:
        set_disabled(s, ready_store.require_identity(), "admin", True, by="admin")


def test_verify_password_does_not_count_as_a_login(ready_store: Store) -> None:
    assert verify_password(ready_store, "admin", ADMIN_PASSWORD)
    assert not verify_password(ready_store, "admin", "bad")
    with ready_store.read() as s:
        assert s.scalar(select(Event).where(Event.kind == "login.failed")) is None
