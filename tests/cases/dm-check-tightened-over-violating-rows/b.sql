CREATE DOMAIN rating AS smallint CHECK (VALUE BETWEEN 1 AND 5);
CREATE TABLE review (id int PRIMARY KEY, stars rating NOT NULL, body text);
