CREATE TABLE product (id int NOT NULL, cat text NOT NULL, PRIMARY KEY (id, cat)) PARTITION BY LIST (cat);
CREATE TABLE product_food PARTITION OF product FOR VALUES IN ('food');
CREATE TABLE product_misc PARTITION OF product DEFAULT;
CREATE TABLE review (id int PRIMARY KEY, product_id int NOT NULL, product_cat text NOT NULL,
  CONSTRAINT review_product_fk FOREIGN KEY (product_id, product_cat) REFERENCES product ON UPDATE CASCADE);
