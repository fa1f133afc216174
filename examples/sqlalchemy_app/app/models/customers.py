from sqlalchemy import BigInteger, Boolean, Column, DateTime, Index, Text, func, text

from app.models.base import Base


class Customer(Base):
    __tablename__ = "customers"
    __table_args__ = {"comment": "People who buy from the shop"}

    id = Column(BigInteger, primary_key=True)
    email = Column(Text, nullable=False, comment="Unique, compared without case")
    full_name = Column(Text, nullable=False)
    is_active = Column(Boolean, nullable=False, server_default=text("true"))
    created_at = Column(DateTime(timezone=True), nullable=False, server_default=func.now())


# An expression index: one account per address, whatever its case.
Index("ix_customers_lower_email", func.lower(Customer.email), unique=True)
