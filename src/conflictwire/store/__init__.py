"""The store: SQLite or PostgreSQL through SQLAlchemy Core."""
