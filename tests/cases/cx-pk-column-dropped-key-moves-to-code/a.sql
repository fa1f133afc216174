CREATE TABLE currency (id int PRIMARY KEY, code char(3) NOT NULL UNIQUE, name text);
CREATE TABLE price (id int PRIMARY KEY, currency_id int NOT NULL REFERENCES currency, amount numeric);
CREATE INDEX price_currency_idx ON price (currency_id);
