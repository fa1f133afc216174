CREATE TABLE customer (id int PRIMARY KEY);
CREATE TABLE purchase (id int PRIMARY KEY, customer_id int, qty int);
ALTER TABLE purchase ADD CONSTRAINT purchase_qty_check CHECK (qty > 0) NOT VALID;
ALTER TABLE purchase ADD CONSTRAINT purchase_customer_fk FOREIGN KEY (customer_id) REFERENCES customer NOT VALID;
