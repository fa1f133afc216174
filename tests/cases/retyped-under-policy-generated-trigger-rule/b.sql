-- A column changes type (text -> integer) under a view, a policy, a generated column, an index expression, a trigger WHEN and a rule.
CREATE TABLE acct (id int PRIMARY KEY, owner_no int NOT NULL, doubled bigint GENERATED ALWAYS AS (owner_no * 2) STORED);
CREATE INDEX acct_owner_expr ON acct ((owner_no + 1));
CREATE VIEW acct_v AS SELECT id, owner_no FROM acct;
ALTER TABLE acct ENABLE ROW LEVEL SECURITY;
CREATE POLICY acct_own ON acct USING (owner_no > 0);
CREATE TABLE acct_log (n text);
CREATE FUNCTION acct_trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER acct_t BEFORE UPDATE ON acct FOR EACH ROW WHEN (OLD.owner_no IS DISTINCT FROM NEW.owner_no) EXECUTE FUNCTION acct_trg();
CREATE RULE acct_r AS ON INSERT TO acct WHERE NEW.owner_no = 0 DO ALSO INSERT INTO acct_log VALUES (NEW.owner_no::text);
