from sqlalchemy import BigInteger, Column, DateTime, Identity, Text, func
from sqlalchemy.dialects.postgresql import JSONB

from app.models.base import Base


class AuditEvent(Base):
    """Who changed what; kept in a schema of its own."""
    __tablename__ = "events"
    __table_args__ = {"schema": "audit", "comment": "Append-only log of changes"}

    id = Column(BigInteger, Identity(always=True), primary_key=True)
    at = Column(DateTime(timezone=True), nullable=False, server_default=func.now())
    actor = Column(Text, nullable=False)
    payload = Column(JSONB, nullable=False, server_default="{}")
