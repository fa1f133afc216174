CREATE TABLE account (id int NOT NULL, balance numeric NOT NULL DEFAULT 0, CONSTRAINT account_balance CHECK (balance >= 0));
-- savings declared the rule itself before it inherited it
CREATE TABLE savings (id int NOT NULL, balance numeric NOT NULL DEFAULT 0, rate numeric,
  CONSTRAINT account_balance CHECK (balance >= 0));
ALTER TABLE savings INHERIT account;
CREATE TABLE checking (overdraft numeric DEFAULT 0) INHERITS (account);
