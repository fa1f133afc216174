CREATE TABLE product (id int PRIMARY KEY, name text NOT NULL, price int NOT NULL);
CREATE VIEW product_card AS SELECT id, upper(name) AS name FROM product;
CREATE TABLE card_snapshot (taken date NOT NULL, card product_card);
