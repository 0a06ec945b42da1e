"""Say whether the test PostgreSQL is reachable, and what to run when it is not.

Tests that need it fail (not skip) when CI=true; on a developer's machine they skip
with this same advice, so nobody mistakes a skipped test for a passing one.
"""

from __future__ import annotations

import os
import sys

DEFAULT = "postgresql://postgres@127.0.0.1:5432/test"

ADVICE = (
    "PostgreSQL is not reachable at {url}. On Debian/Ubuntu:\n"
    "  sudo apt-get install -y --no-install-recommends postgresql && "
    "sudo pg_ctlcluster $(ls /etc/postgresql) main start\n"
    "then allow the test user, or set YICHUANG_TEST_PG_URL to a server you may create databases on."
)


def main() -> int:
    url = os.environ.get("YICHUANG_TEST_PG_URL", DEFAULT)
    try:
        import psycopg

        with psycopg.connect(url, connect_timeout=3) as conn:
            conn.execute("SELECT 1")
    except Exception as exc:  # any failure means the same advice
        print(ADVICE.format(url=url), file=sys.stderr)
        print(
            f"  ({type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''})",
            file=sys.stderr,
        )
        return 1 if os.environ.get("CI") == "true" else 0
    print(f"PostgreSQL reachable at {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
