CREATE TABLE ledger (id bigint NOT NULL, entry_no int NOT NULL, amount numeric(12,2), note text);
