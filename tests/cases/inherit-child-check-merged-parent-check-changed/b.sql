CREATE TABLE account (id int NOT NULL, balance numeric NOT NULL DEFAULT 0, CONSTRAINT account_balance CHECK (balance >= -1000));
CREATE TABLE savings (id int NOT NULL, balance numeric NOT NULL DEFAULT 0, rate numeric,
  CONSTRAINT account_balance CHECK (balance >= -1000));
ALTER TABLE savings INHERIT account;
CREATE TABLE checking (overdraft numeric DEFAULT 0) INHERITS (account);
