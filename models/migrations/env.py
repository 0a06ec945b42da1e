"""Alembic environment: runs on the window's SQLite file and on the central PostgreSQL.

The caller (models.db.upgrade) hands over an open connection in config.attributes, so
the same code path serves the application, the CLI and the tests.
"""

from alembic import context

import models  # noqa: F401  (registers every table)
from models.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through models.db.upgrade(), which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode copies the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
