-- Types shared by the tables.
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'refunded', 'cancelled');
-- Customers place orders of products.
CREATE TABLE customers (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email       text        NOT NULL UNIQUE,
  full_name   varchar(200) NOT NULL,
  phone       text,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE products (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  sku          text          NOT NULL UNIQUE,
  title        text          NOT NULL,
  price_cents  integer       NOT NULL CHECK (price_cents >= 0)
);

CREATE TABLE orders (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id  bigint       NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
  status       order_status NOT NULL DEFAULT 'pending',
  placed_at    timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE order_lines (
  order_id     bigint  NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  product_id   bigint  NOT NULL REFERENCES products (id),
  quantity     integer NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (order_id, product_id)
);

CREATE INDEX orders_customer_placed ON orders (customer_id, placed_at DESC) WHERE status <> 'cancelled';
CREATE INDEX products_title ON products (lower(title));
-- What each customer has spent on orders that were paid or shipped.
CREATE VIEW customer_spend AS
SELECT c.id AS customer_id,
       c.email,
       coalesce(sum(l.quantity * p.price_cents), 0) AS spent_cents
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id AND o.status IN ('paid', 'shipped')
LEFT JOIN order_lines l ON l.order_id = o.id
LEFT JOIN products p ON p.id = l.product_id
GROUP BY c.id, c.email;
