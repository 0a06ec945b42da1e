"""The PDF archive: files written inside a unit of work, and taken back if it fails.

A printed document's file must be in place before its row and journal event commit
(so no row ever points at nothing), and must go again if the commit fails (so no file
claims a print that never happened). ``unit_with_files`` is that unit of work.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.store import Store

_WRITTEN = "archive.written"


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path`` and rename: never half a PDF in the archive."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def unit_with_files(store: Store) -> Iterator[Session]:
    """store.write(), plus: every file written with archive_file is removed if it fails."""
    written: list[Path] = []
    try:
        with store.write() as session:
            session.info[_WRITTEN] = written
            yield session
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise


def archive_file(session: Session, path: Path, data: bytes) -> Path:
    """Write one archived file as part of the session's unit of work (see unit_with_files)."""
    write_atomically(path, data)
    session.info.setdefault(_WRITTEN, []).append(path)
    return path
