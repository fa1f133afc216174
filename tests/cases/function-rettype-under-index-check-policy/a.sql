-- A function's return type changes under an index, a check, a default, a view, a policy and a trigger WHEN.
CREATE FUNCTION score(x int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT x * 2 $$;
CREATE FUNCTION next_code() RETURNS int LANGUAGE sql AS $$ SELECT 7 $$;
CREATE TABLE item (id int PRIMARY KEY, n int NOT NULL, code bigint DEFAULT next_code(), CHECK (score(n) >= 0));
CREATE INDEX item_score_idx ON item (score(n));
CREATE VIEW item_v AS SELECT id, score(n) AS s FROM item;
ALTER TABLE item ENABLE ROW LEVEL SECURITY;
CREATE POLICY item_p ON item USING (score(n) < 1000);
CREATE FUNCTION item_trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER item_t BEFORE INSERT ON item FOR EACH ROW WHEN (score(NEW.n) > 5) EXECUTE FUNCTION item_trg();
