"""Run inside a fresh process by tools.bench: start to login window, then RSS after login.

Prints one line of JSON; the parent measures wall time from its own Popen to that line.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    data_dir, user, password = sys.argv[1], sys.argv[2], sys.argv[3]
    from desktop.accounts import authenticate
    from desktop.store import Store
    from ui.app import make_app
    from ui.login_dialog import LoginDialog

    app = make_app("zh_CN")
    store = Store(Path(data_dir))
    ident = store.require_identity()
    login = LoginDialog(store, ident)
    login.show()
    app.processEvents()
    shown = time.perf_counter()
    print(json.dumps({"event": "login_shown"}), flush=True)
    from ui.main_window import MainWindow

    op = authenticate(store, user, password)
    login.close()
    win = MainWindow(store, ident, op)
    win.show()
    app.processEvents()
    print(
        json.dumps(
            {
                "event": "main_shown",
                "login_to_main_s": time.perf_counter() - shown,
                "rss_mib": rss_mib(),
            }
        ),
        flush=True,
    )
    win.idle.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
