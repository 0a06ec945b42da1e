"""SQLAlchemy models shared by the window's SQLite file and the central PostgreSQL.

Importing this package registers every table on ``Base.metadata``.
"""

from models import accounts, cases, catalog, fees, journal, settings, sync
from models.base import Base

__all__ = ["Base", "accounts", "cases", "catalog", "fees", "journal", "settings", "sync"]
