CREATE TABLE order_items (
  id bigserial PRIMARY KEY,
  sku varchar NOT NULL,
  quantity integer DEFAULT 1 NOT NULL,
  owner_name text,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6)
);
CREATE INDEX index_order_items_on_sku ON order_items USING btree (sku);
ALTER TABLE order_items ENABLE ROW LEVEL SECURITY;
CREATE POLICY line_items_owner ON order_items USING (owner_name = current_user);
CREATE TABLE shipments (id bigserial PRIMARY KEY, order_item_id bigint NOT NULL);
ALTER TABLE shipments ADD CONSTRAINT fk_rails_0a1b2c3d4e FOREIGN KEY (order_item_id) REFERENCES order_items(id);
CREATE VIEW pending_line_items AS SELECT id, sku, quantity AS qty FROM order_items WHERE quantity > 0;
