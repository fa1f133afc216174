"""The application's models. `metadata` is what manage_db.py --models app.models:metadata
(or pyproject.toml's [tool.schemaservice] models) renders to PostgreSQL DDL."""
from app.models.base import Base, metadata
from app.models import audit, customers, orders  # noqa: F401  (registers the tables)

__all__ = ["Base", "metadata"]
