CREATE TABLE tickets (
  id int PRIMARY KEY,
  state varchar(20) NOT NULL,
  owner varchar(40),
  kind varchar(10) GENERATED ALWAYS AS (CASE WHEN state IN ('new', 'open') THEN 'active' ELSE 'closed' END) STORED
);
CREATE INDEX tickets_active_idx ON tickets (owner) WHERE state IN ('new', 'open');
CREATE VIEW active_tickets AS SELECT id, owner FROM tickets WHERE state IN ('new', 'open');
ALTER TABLE tickets ENABLE ROW LEVEL SECURITY;
CREATE POLICY tickets_visible ON tickets USING (state IN ('new', 'open') OR owner = current_user);
CREATE FUNCTION tickets_noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER tickets_reopen BEFORE UPDATE ON tickets FOR EACH ROW WHEN (NEW.state IN ('new', 'open')) EXECUTE FUNCTION tickets_noop();
