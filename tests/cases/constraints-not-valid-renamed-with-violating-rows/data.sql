-- rows older than the constraints: they break both, which is why both stay NOT VALID
ALTER TABLE purchase DROP CONSTRAINT purchase_qty_check, DROP CONSTRAINT purchase_customer_fk;
INSERT INTO customer VALUES (1);
INSERT INTO purchase VALUES (1, 1, 5), (2, 99, 0), (3, NULL, -2);
ALTER TABLE purchase ADD CONSTRAINT purchase_qty_check CHECK (qty > 0) NOT VALID;
ALTER TABLE purchase ADD CONSTRAINT purchase_customer_fk FOREIGN KEY (customer_id) REFERENCES customer NOT VALID;
