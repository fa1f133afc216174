CREATE DOMAIN rating AS smallint CHECK (VALUE BETWEEN 0 AND 10);
CREATE TABLE review (id int PRIMARY KEY, stars rating NOT NULL, body text);
