CREATE TABLE currencies (id int NOT NULL, code char(3) NOT NULL, name text);
CREATE UNIQUE INDEX currencies_code_idx ON currencies (code) INCLUDE (name);
CREATE TABLE prices (id int PRIMARY KEY, currency char(3) NOT NULL REFERENCES currencies (code), amount numeric);
