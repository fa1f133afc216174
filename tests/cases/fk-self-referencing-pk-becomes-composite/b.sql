CREATE TABLE category (id int NOT NULL, tenant int NOT NULL, parent_id int, name text NOT NULL,
  CONSTRAINT category_pkey PRIMARY KEY (tenant, id),
  CONSTRAINT category_parent_id_fkey FOREIGN KEY (tenant, parent_id) REFERENCES category (tenant, id) ON DELETE CASCADE DEFERRABLE);
CREATE TABLE product (id int PRIMARY KEY, tenant int NOT NULL, category_id int,
  CONSTRAINT product_category_id_fkey FOREIGN KEY (tenant, category_id) REFERENCES category (tenant, id));
