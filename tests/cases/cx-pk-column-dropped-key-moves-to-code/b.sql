CREATE TABLE currency (code char(3) PRIMARY KEY, name text);
CREATE TABLE price (id int PRIMARY KEY, amount numeric, currency char(3) REFERENCES currency);
CREATE INDEX price_currency_idx ON price (currency);
