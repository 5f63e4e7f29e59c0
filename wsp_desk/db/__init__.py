"""Storage: typed SQLAlchemy models, engine setup and Alembic migrations."""
