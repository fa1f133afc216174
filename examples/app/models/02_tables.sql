-- Customers place orders of products.
CREATE TABLE customers (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email       text        NOT NULL UNIQUE,
  full_name   text        NOT NULL,
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

CREATE INDEX orders_customer_placed ON orders (customer_id, placed_at DESC);
