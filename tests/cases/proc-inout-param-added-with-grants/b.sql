CREATE TABLE ledger (id serial PRIMARY KEY, account int NOT NULL, delta numeric(12,2) NOT NULL);
CREATE PROCEDURE post_entry(p_account int, p_delta numeric, INOUT p_id int DEFAULT NULL) LANGUAGE plpgsql
  AS $$ BEGIN INSERT INTO ledger(account, delta) VALUES (p_account, p_delta) RETURNING id INTO p_id; END $$;
REVOKE ALL ON PROCEDURE post_entry(int, numeric, int) FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE post_entry(int, numeric, int) TO app_writer;
