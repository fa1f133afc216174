CREATE TABLE line_items (order_id int NOT NULL, line int NOT NULL, sku text, CONSTRAINT line_items_pkey PRIMARY KEY (order_id, line));
ALTER TABLE line_items CLUSTER ON line_items_pkey;
