"""Write PNGs of the main screens, in Chinese, for the README and for looking at changes.

    python -m tools.screenshots docs/screenshots     (make screenshots)

It builds a throwaway window with the sample catalog, so it never touches real data.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop.accounts import authenticate, create_account  # noqa: E402
from desktop.setup import SetupRequest, initialise  # noqa: E402
from desktop.store import Store  # noqa: E402
from models.accounts import Role  # noqa: E402
from ui.app import make_app  # noqa: E402
from ui.login_dialog import LoginDialog  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.setup_dialog import SetupDialog  # noqa: E402

PASSWORD = "Screen-shot-1"


def settle(app: QApplication, widget: QWidget) -> None:
    widget.show()
    for _ in range(5):
        app.processEvents()


def shoot(app: QApplication, widget: QWidget, out: Path, name: str) -> Path:
    settle(app, widget)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def fill_intake(page: QWidget) -> None:
    """An applicant half-way through: item chosen, some materials in, the rest missing."""
    from stdnum.cn import ric

    from ui.intake_page import IntakePage

    assert isinstance(page, IntakePage)
    body = "32011719850312123"
    page.applicant.restore(
        {
            "kind": "person",
            "id_kind": "resident",
            "name": "陈立华",
            "id_number": body + ric.calc_check_digit(body + "0"),
            "phone": "13912345678",
        }
    )
    with page.store.read() as s:
        from sqlalchemy import select

        from models.catalog import ServiceItem

        code = s.scalar(select(ServiceItem.code).where(ServiceItem.name.like("食品经营许可%")))
    assert code is not None
    page.picker.choose_code(code)
    rows = page.materials.rows
    for row in rows[:3]:
        row.originals.setValue(row.spec.originals)
        row.copies.setValue(row.spec.copies)


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = make_app("zh_CN")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "window03")
        setup = SetupDialog(store)
        setup.window_code.setText("03")
        setup.admin_name.setText("王管理")
        shoot(app, setup, out, "01-first-start")
        setup.close()
        ident = initialise(
            store,
            SetupRequest("320117", "南京市溧水区行政服务中心", "03", "admin", "王管理", PASSWORD),
        )
        with store.write() as s:
            create_account(
                s,
                ident,
                username="chenjing",
                display_name="陈静",
                role=Role.SUPERVISOR,
                password=PASSWORD,
                by="admin",
            )
        login = LoginDialog(store, ident)
        login.username.setText("chenjing")
        shoot(app, login, out, "02-login")
        login.close()
        from desktop.demo import run_demo

        run_demo(store, authenticate(store, "admin", PASSWORD), 40, days=1, seed=5, today=True)
        op = authenticate(store, "chenjing", PASSWORD)
        win = MainWindow(store, ident, op)
        win.resize(1280, 800)
        win.go("catalog")
        browser = win.pages["catalog"]
        browser.search.setText("bdc")  # pinyin initials of 不动产
        shoot(app, win, out, "03-catalog-search")
        browser.search.setText("")
        win.go("intake")
        fill_intake(win.pages["intake"])
        shoot(app, win, out, "04-intake")
        for n, key in enumerate(("cases", "inquiries", "fees", "reports"), start=7):
            win.go(key)
            shoot(app, win, out, f"{n:02d}-{key}")
        win.go("catalog")
        win.lock()
        shoot(app, win, out, "05-idle-lock")
        win.close()
        admin = MainWindow(store, ident, authenticate(store, "admin", PASSWORD))
        admin.resize(1280, 800)
        admin.go("settings")
        shoot(app, admin, out, "06-settings")
        admin.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
