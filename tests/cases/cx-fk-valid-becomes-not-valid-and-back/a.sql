CREATE TABLE cat (id int PRIMARY KEY);
CREATE TABLE thing (id int PRIMARY KEY, cat_id int, qty int,
  CONSTRAINT thing_cat_fk FOREIGN KEY (cat_id) REFERENCES cat,
  CONSTRAINT thing_qty_check CHECK (qty >= 0));
