CREATE TYPE money_amt AS (amount bigint, currency text);
COMMENT ON COLUMN money_amt.amount IS 'minor units';
COMMENT ON TYPE money_amt IS 'an amount with currency';
REVOKE USAGE ON TYPE money_amt FROM PUBLIC;
GRANT USAGE ON TYPE money_amt TO app_reader;
CREATE TABLE wallets (id int PRIMARY KEY, bal money_amt);
