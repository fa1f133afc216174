ALTER TABLE purchase DROP CONSTRAINT purchase_qty_positive, DROP CONSTRAINT purchase_customer_id_fkey;
INSERT INTO customer VALUES (1);
INSERT INTO purchase VALUES (1, 1, 5), (2, 99, 0), (3, NULL, -2);
ALTER TABLE purchase ADD CONSTRAINT purchase_qty_positive CHECK (qty > 0) NOT VALID;
ALTER TABLE purchase ADD CONSTRAINT purchase_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customer ON DELETE SET NULL NOT VALID;
