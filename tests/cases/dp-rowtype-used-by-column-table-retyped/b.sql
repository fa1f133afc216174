CREATE TABLE product (id int, price bigint);
CREATE TABLE price_history (snapshot product);
