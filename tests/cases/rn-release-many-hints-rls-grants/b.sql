CREATE SCHEMA sales;
CREATE TYPE sales.opportunity_stage AS ENUM ('new', 'qualified', 'won', 'lost');
CREATE TABLE sales.opportunities (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  owner_name text NOT NULL DEFAULT current_user,
  account_name text NOT NULL,
  stage sales.opportunity_stage NOT NULL DEFAULT 'new',
  amount integer CHECK (amount >= 0),
  created_on date NOT NULL DEFAULT '2024-01-01',
  closed_on date
);
CREATE INDEX opportunities_account_name_idx ON sales.opportunities (lower(account_name));
CREATE INDEX opportunities_open_idx ON sales.opportunities (created_on) WHERE stage IN ('new', 'qualified');
CREATE TABLE sales.opportunity_notes (
  id int PRIMARY KEY,
  opportunity_id bigint NOT NULL REFERENCES sales.opportunities (id) ON DELETE CASCADE,
  body text
);
CREATE FUNCTION sales.is_open(s sales.opportunity_stage) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN s IN ('new', 'qualified');
ALTER TABLE sales.opportunities ENABLE ROW LEVEL SECURITY;
CREATE POLICY opportunities_owner ON sales.opportunities USING (owner_name = current_user OR sales.is_open(stage));
GRANT USAGE ON SCHEMA sales TO PUBLIC;
GRANT SELECT (id, account_name, stage) ON sales.opportunities TO PUBLIC;
CREATE VIEW sales.pipeline AS SELECT stage AS status, count(*) AS n, sum(amount) AS total FROM sales.opportunities GROUP BY stage;
