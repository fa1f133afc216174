CREATE TABLE product (id int, price int);
CREATE TABLE price_history (snapshot product);
