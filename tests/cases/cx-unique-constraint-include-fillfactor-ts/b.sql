CREATE TABLE ledger (id bigint NOT NULL, entry_no int NOT NULL, amount numeric(12,2), note text,
  CONSTRAINT ledger_pkey PRIMARY KEY (id) INCLUDE (amount) WITH (fillfactor = 70) USING INDEX TABLESPACE schemad_ts1,
  CONSTRAINT ledger_entry_uq UNIQUE NULLS NOT DISTINCT (entry_no, note) WITH (deduplicate_items = off) USING INDEX TABLESPACE schemad_ts2 DEFERRABLE INITIALLY DEFERRED);
