CREATE SCHEMA money;
CREATE TYPE money.iso_currency AS ENUM ('EUR', 'USD', 'GBP', 'CHF');
CREATE TABLE rate (cur money.iso_currency PRIMARY KEY, per_eur numeric NOT NULL);
CREATE TABLE wallet (id int PRIMARY KEY, cur money.iso_currency NOT NULL DEFAULT 'EUR' REFERENCES rate (cur), CONSTRAINT wallet_no_gbp CHECK (cur <> 'GBP'));
CREATE INDEX wallet_cur ON wallet (cur) WHERE cur <> 'EUR';
CREATE VIEW wallet_rate AS SELECT w.id, r.per_eur FROM wallet w JOIN rate r USING (cur);
