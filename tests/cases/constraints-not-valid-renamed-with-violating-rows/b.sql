CREATE TABLE customer (id int PRIMARY KEY);
CREATE TABLE purchase (id int PRIMARY KEY, customer_id int, qty int);
ALTER TABLE purchase ADD CONSTRAINT purchase_qty_positive CHECK (qty > 0) NOT VALID;
ALTER TABLE purchase ADD CONSTRAINT purchase_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customer ON DELETE SET NULL NOT VALID;
