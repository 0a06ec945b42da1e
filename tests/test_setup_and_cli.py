"""First start and the command line, through the same services as the window."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from desktop.errors import DomainError
from desktop.setup import SetupRequest, initialise
from desktop.store import Store
from tests.conftest import ADMIN_PASSWORD


def run_cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["--lang", "zh_CN", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_new_window_has_no_account_until_set_up(store: Store) -> None:
    assert store.identity() is None
    with pytest.raises(DomainError) as info:
        store.require_identity()
    assert "初始化" in info.value.message


def test_setup_refuses_bad_fields_beside_them(store: Store) -> None:
    bad = SetupRequest("3201", "溧水区行政服务中心", "3", "admin", "王管理", ADMIN_PASSWORD)
    with pytest.raises(DomainError) as info:
        initialise(store, bad)
    assert info.value.field == "center_code"
    bad_window = SetupRequest(
        "320117", "溧水区行政服务中心", "100", "admin", "王管理", ADMIN_PASSWORD
    )
    with pytest.raises(DomainError) as info:
        initialise(store, bad_window)
    assert info.value.field == "window_code" and "01–99" in info.value.message
    assert store.identity() is None  # nothing half-saved


def test_setup_runs_once(ready_store: Store) -> None:
    ident = ready_store.require_identity()
    assert (ident.center_code, ident.window_code) == ("320117", "03")
    with pytest.raises(DomainError) as info:
        initialise(ready_store, SetupRequest("320117", "x", "4", "root", "x", ADMIN_PASSWORD))
    assert info.value.code == "setup.done"


def test_init_reads_the_password_from_stdin_and_users_can_be_managed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    d = str(tmp_path / "w07")
    code, out, _ = run_cli(
        monkeypatch,
        capsys,
        "--data-dir",
        d,
        "init",
        "--center",
        "320117",
        "--center-name",
        "南京市溧水区行政服务中心",
        "--window",
        "7",
        "--admin",
        "boss",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert code == 0 and "07 号窗口" in out
    code, _, _ = run_cli(
        monkeypatch,
        capsys,
        "--data-dir",
        d,
        "user",
        "add",
        "zhangsan",
        "--name",
        "张三",
        "--role",
        "clerk",
        stdin="Zhang-pass-1\n",
    )
    assert code == 0
    code, out, _ = run_cli(monkeypatch, capsys, "--data-dir", d, "user", "list", "--json")
    users = {u["username"]: u for u in json.loads(out)}
    assert users["boss"]["role"] == "admin" and users["zhangsan"]["display_name"] == "张三"
    code, _, _ = run_cli(monkeypatch, capsys, "--data-dir", d, "user", "disable", "zhangsan")
    code, out, _ = run_cli(monkeypatch, capsys, "--data-dir", d, "user", "list", "--json")
    assert {u["username"]: u["disabled"] for u in json.loads(out)}["zhangsan"] is True
    code, _, err = run_cli(monkeypatch, capsys, "--data-dir", d, "user", "add", "wangwu", stdin="")
    assert code == 2 and "标准输入" in err


def test_catalog_export_and_reimport_round_trip(
    ready_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    d = str(ready_store.data_dir)
    xlsx = tmp_path / "清单.xlsx"
    code, out, _ = run_cli(
        monkeypatch, capsys, "--data-dir", d, "catalog", "export", "--out", str(xlsx)
    )
    assert code == 0
    book = openpyxl.load_workbook(xlsx)
    assert {"事项", "申报材料", "收费标准"} <= set(book.sheetnames)
    code, out, _ = run_cli(monkeypatch, capsys, "--data-dir", d, "catalog", "list", "--json")
    before = json.loads(out)
    assert len(before) >= 30
    code, out, _ = run_cli(monkeypatch, capsys, "--data-dir", d, "catalog", "import", str(xlsx))
    assert code == 0 and "新增 0" in out
    code, out, _ = run_cli(monkeypatch, capsys, "--data-dir", d, "catalog", "list", "--json")
    assert json.loads(out) == before


def test_an_invalid_catalog_lists_every_error_and_changes_nothing(
    ready_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    d = str(ready_store.data_dir)
    xlsx = tmp_path / "bad.xlsx"
    run_cli(monkeypatch, capsys, "--data-dir", d, "catalog", "export", "--out", str(xlsx))
    book = openpyxl.load_workbook(xlsx)
    items = book["事项"]
    items.cell(row=2, column=7).value = "abc"  # 承诺时限 not a number
    items.cell(row=3, column=3).value = "NOPE"  # unknown department
    book.save(xlsx)
    _, before, _ = run_cli(monkeypatch, capsys, "--data-dir", d, "catalog", "list", "--json")
    code, _, err = run_cli(monkeypatch, capsys, "--data-dir", d, "catalog", "import", str(xlsx))
    assert code == 2
    assert "未导入" in err and "[事项] 第2 行" in err and "[事项] 第3 行" in err
    _, after, _ = run_cli(monkeypatch, capsys, "--data-dir", d, "catalog", "list", "--json")
    assert after == before


def test_catalog_search_from_the_command_line(
    ready_store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(
        monkeypatch,
        capsys,
        "--data-dir",
        str(ready_store.data_dir),
        "catalog",
        "list",
        "--search",
        "bdc",
        "--json",
    )
    names = [i["name"] for i in json.loads(out)]
    assert names and all("不动产" in n for n in names[:1])


def test_audit_verify_reports_an_intact_journal(
    ready_store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(
        monkeypatch, capsys, "--data-dir", str(ready_store.data_dir), "audit", "verify"
    )
    assert code == 0 and "完整" in out


@pytest.mark.pg
def test_db_upgrade_on_a_central_postgresql(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from models.db import head_revision

    code, out, _ = run_cli(monkeypatch, capsys, "db", "upgrade", "--url", pg_url)
    assert code == 0 and head_revision() in out


def test_db_upgrade_with_a_wrong_url_says_so_plainly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(
        monkeypatch, capsys, "db", "upgrade", "--url", "postgresql://nobody@127.0.0.1:1/none"
    )
    assert code == 2 and "无法连接中心数据库" in err


def test_the_installed_entry_point_answers() -> None:
    exe = Path(sys.executable).with_name("yichuang")
    result = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("yichuang ")
