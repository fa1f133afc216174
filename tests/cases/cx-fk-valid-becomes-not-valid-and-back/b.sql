CREATE TABLE cat (id int PRIMARY KEY);
CREATE TABLE thing (id int PRIMARY KEY, cat_id int, qty int);
ALTER TABLE thing ADD CONSTRAINT thing_cat_fk FOREIGN KEY (cat_id) REFERENCES cat NOT VALID;
ALTER TABLE thing ADD CONSTRAINT thing_qty_check CHECK (qty >= 0) NOT VALID;
