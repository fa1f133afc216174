import enum

from sqlalchemy import (BigInteger, CheckConstraint, Column, DateTime, Enum, ForeignKey,
                        Integer, Numeric, Sequence, Text, func, text)

from app.models.base import Base, metadata


class OrderStatus(enum.Enum):
    pending = "pending"
    paid = "paid"
    shipped = "shipped"
    cancelled = "cancelled"


# A sequence of its own: invoice numbers are handed out by the database, with gaps allowed.
invoice_number_seq = Sequence("invoice_number_seq", start=1000, metadata=metadata)


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (CheckConstraint("price >= 0", name="price_not_negative"),)

    id = Column(BigInteger, primary_key=True)
    sku = Column(Text, nullable=False, unique=True)
    name = Column(Text, nullable=False)
    price = Column(Numeric(12, 2), nullable=False, comment="In the shop's currency")


class Order(Base):
    __tablename__ = "orders"

    id = Column(BigInteger, primary_key=True)
    customer_id = Column(BigInteger, ForeignKey("customers.id", ondelete="CASCADE"),
                         nullable=False, index=True)
    status = Column(Enum(OrderStatus, name="order_status"), nullable=False,
                    server_default=text("'pending'"))
    invoice_number = Column(BigInteger, server_default=invoice_number_seq.next_value())
    placed_at = Column(DateTime(timezone=True), nullable=False, server_default=func.now())


class OrderLine(Base):
    __tablename__ = "order_lines"

    order_id = Column(BigInteger, ForeignKey("orders.id", ondelete="CASCADE"), primary_key=True)
    line_no = Column(Integer, primary_key=True)
    product_id = Column(BigInteger, ForeignKey("products.id"), nullable=False, index=True)
    quantity = Column(Integer, nullable=False, server_default=text("1"))
    note = Column(Text)
