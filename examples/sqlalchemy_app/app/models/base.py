"""The declarative base every model derives from.

Constraint and index names follow one convention, so the SQL rendered from the models (and
the migrations generated from it) names them the same way on every run.
"""
from sqlalchemy import MetaData
from sqlalchemy.orm import declarative_base

metadata = MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})

Base = declarative_base(metadata=metadata)
