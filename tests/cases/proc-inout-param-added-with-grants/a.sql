CREATE TABLE ledger (id serial PRIMARY KEY, account int NOT NULL, delta numeric(12,2) NOT NULL);
CREATE PROCEDURE post_entry(p_account int, p_delta numeric) LANGUAGE plpgsql
  AS $$ BEGIN INSERT INTO ledger(account, delta) VALUES (p_account, p_delta); END $$;
REVOKE ALL ON PROCEDURE post_entry(int, numeric) FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE post_entry(int, numeric) TO app_writer;
