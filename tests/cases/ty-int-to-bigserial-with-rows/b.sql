CREATE TABLE ledger (id bigserial PRIMARY KEY, memo text);
