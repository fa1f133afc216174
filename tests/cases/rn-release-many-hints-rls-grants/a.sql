CREATE SCHEMA crm;
CREATE TYPE crm.lead_status AS ENUM ('new', 'contacted', 'won', 'lost');
CREATE TABLE crm.leads (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  owner_name text NOT NULL DEFAULT current_user,
  company text NOT NULL,
  status crm.lead_status NOT NULL DEFAULT 'new',
  est_value integer CHECK (est_value >= 0),
  created_on date NOT NULL DEFAULT '2024-01-01'
);
CREATE INDEX leads_company_idx ON crm.leads (lower(company));
CREATE INDEX leads_open_idx ON crm.leads (created_on) WHERE status IN ('new', 'contacted');
CREATE TABLE crm.lead_notes (
  id int PRIMARY KEY,
  lead_id bigint NOT NULL REFERENCES crm.leads (id) ON DELETE CASCADE,
  body text
);
CREATE FUNCTION crm.is_open(s crm.lead_status) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN s IN ('new', 'contacted');
ALTER TABLE crm.leads ENABLE ROW LEVEL SECURITY;
CREATE POLICY leads_owner ON crm.leads USING (owner_name = current_user OR crm.is_open(status));
GRANT USAGE ON SCHEMA crm TO PUBLIC;
GRANT SELECT (id, company, status) ON crm.leads TO PUBLIC;
CREATE VIEW crm.pipeline AS SELECT status, count(*) AS n, sum(est_value) AS total FROM crm.leads GROUP BY status;
