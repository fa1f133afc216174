CREATE SCHEMA sales;
CREATE TABLE public.customers (id int PRIMARY KEY, email text NOT NULL);
CREATE TABLE sales.purchases (
  id serial PRIMARY KEY,
  buyer_id int NOT NULL REFERENCES public.customers(id),
  net_cents int NOT NULL CHECK (net_cents >= 0),
  tax_cents int NOT NULL DEFAULT 0,
  gross_cents int GENERATED ALWAYS AS (net_cents + tax_cents) STORED,
  ordered_on date NOT NULL,
  note text,
  channel text NOT NULL DEFAULT 'web'
);
CREATE INDEX purchases_buyer_date_idx ON sales.purchases (buyer_id, ordered_on DESC);
CREATE INDEX orders_big_idx ON sales.purchases ((net_cents / 100)) WHERE net_cents > 10000;
CREATE TABLE sales.purchase_lines (
  purchase_id int NOT NULL REFERENCES sales.purchases(id) ON DELETE CASCADE,
  line_no int NOT NULL,
  sku text NOT NULL,
  qty int NOT NULL CHECK (qty > 0),
  PRIMARY KEY (purchase_id, line_no)
);
CREATE VIEW public.order_totals AS
  SELECT o.id, o.buyer_id AS customer_id, o.net_cents AS amount_cents, o.gross_cents, count(l.line_no) AS lines
  FROM sales.purchases o LEFT JOIN sales.purchase_lines l ON l.purchase_id = o.id GROUP BY o.id;
ALTER TABLE sales.purchases ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_visible ON sales.purchases FOR SELECT USING (net_cents >= 0 AND buyer_id IS NOT NULL);
