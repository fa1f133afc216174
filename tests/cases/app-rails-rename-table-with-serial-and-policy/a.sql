CREATE TABLE line_items (
  id bigserial PRIMARY KEY,
  sku varchar NOT NULL,
  qty integer DEFAULT 1 NOT NULL,
  owner_name text,
  created_at timestamp(6) NOT NULL
);
CREATE INDEX index_line_items_on_sku ON line_items USING btree (sku);
ALTER TABLE line_items ENABLE ROW LEVEL SECURITY;
CREATE POLICY line_items_owner ON line_items USING (owner_name = current_user);
CREATE TABLE shipments (id bigserial PRIMARY KEY, line_item_id bigint NOT NULL);
ALTER TABLE shipments ADD CONSTRAINT fk_rails_0a1b2c3d4e FOREIGN KEY (line_item_id) REFERENCES line_items(id);
CREATE VIEW pending_line_items AS SELECT id, sku, qty FROM line_items WHERE qty > 0;
