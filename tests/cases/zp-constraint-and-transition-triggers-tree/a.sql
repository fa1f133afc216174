CREATE TABLE ledger (id bigint NOT NULL, book text NOT NULL, amount numeric NOT NULL) PARTITION BY LIST (book);
CREATE TABLE ledger_main PARTITION OF ledger FOR VALUES IN ('main');
CREATE TABLE ledger_aux PARTITION OF ledger FOR VALUES IN ('aux');
CREATE TABLE ledger_audit (n int, at timestamptz DEFAULT now());
CREATE FUNCTION ledger_check() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE FUNCTION ledger_count() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO ledger_audit (n) SELECT count(*) FROM new_rows; RETURN NULL; END $$;
