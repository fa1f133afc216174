-- Two overloaded procedures: one gains an OUT parameter (a new signature per PostgreSQL 14+ rules
-- is the same input signature, so it must be dropped and re-created), the other changes its body
-- and its argument default; a grant on each.
CREATE TABLE counter (name text PRIMARY KEY, n bigint NOT NULL DEFAULT 0);
CREATE PROCEDURE bump(p_name text) LANGUAGE plpgsql AS $$
BEGIN UPDATE counter SET n = n + 1 WHERE name = p_name; END $$;
CREATE PROCEDURE bump(p_name text, p_by int DEFAULT 1) LANGUAGE plpgsql AS $$
BEGIN UPDATE counter SET n = n + p_by WHERE name = p_name; END $$;
GRANT EXECUTE ON PROCEDURE bump(text) TO app_writer;
GRANT EXECUTE ON PROCEDURE bump(text, int) TO app_writer;
