"""A sample application whose schema lives in SQLAlchemy models (app/models/)."""
