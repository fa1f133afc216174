CREATE TABLE product (id int PRIMARY KEY, name text NOT NULL, price int NOT NULL);
CREATE VIEW product_card AS SELECT id, name FROM product;
CREATE TABLE card_snapshot (taken date NOT NULL, card product_card);
