CREATE SCHEMA crm;
CREATE SCHEMA reporting;
CREATE TABLE crm.accounts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name varchar(200) NOT NULL,
  region char(2) NOT NULL DEFAULT 'US'
);
CREATE TABLE crm.contacts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES crm.accounts (id),
  email varchar(320),
  phone varchar(30),
  archived_at timestamptz,
  given_name varchar(80) NOT NULL DEFAULT '',
  family_name varchar(80) NOT NULL DEFAULT '',
  search tsvector GENERATED ALWAYS AS (to_tsvector('simple', given_name || ' ' || family_name || ' ' || coalesce(email, ''))) STORED
);
CREATE INDEX contacts_search_idx ON crm.contacts USING gin (search);
CREATE INDEX contacts_name_idx ON crm.contacts (lower(family_name::text), lower(given_name::text));
CREATE STATISTICS crm.contacts_acct_name_stats (ndistinct) ON account_id, family_name FROM crm.contacts;
COMMENT ON COLUMN crm.contacts.given_name IS 'first name';
COMMENT ON COLUMN crm.contacts.family_name IS 'last name';
ALTER TABLE crm.contacts ENABLE ROW LEVEL SECURITY;
CREATE POLICY contacts_live ON crm.contacts FOR SELECT USING (archived_at IS NULL AND (given_name <> '' OR family_name <> ''));
GRANT SELECT (id, account_id, given_name, family_name, email) ON crm.contacts TO app_reader;
CREATE TABLE crm.deals (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES crm.accounts (id),
  contact_id bigint REFERENCES crm.contacts (id) ON DELETE SET NULL,
  amount_cents bigint NOT NULL,
  stage text NOT NULL DEFAULT 'lead',
  closed_on date,
  CONSTRAINT deals_stage_check CHECK (stage IN ('lead', 'qualified', 'won', 'lost'))
);
CREATE VIEW crm.contact_directory AS
  SELECT c.id, c.given_name, c.family_name, c.given_name || ' ' || c.family_name AS full_name, c.email, a.name AS account, a.region
  FROM crm.contacts c JOIN crm.accounts a ON a.id = c.account_id WHERE c.archived_at IS NULL;
CREATE MATERIALIZED VIEW reporting.pipeline AS
  SELECT d.account_id, d.stage, count(*) AS deals, sum(d.amount_cents) AS amount_cents
  FROM crm.deals d GROUP BY d.account_id, d.stage;
CREATE UNIQUE INDEX pipeline_key ON reporting.pipeline (account_id, stage);
CREATE MATERIALIZED VIEW reporting.top_contacts AS
  SELECT cd.id, cd.full_name, cd.account, cd.region, sum(d.amount_cents) AS won_cents, max(d.closed_on) AS last_won_on
  FROM crm.contact_directory cd JOIN crm.deals d ON d.contact_id = cd.id
  WHERE d.stage = 'won' GROUP BY cd.id, cd.full_name, cd.account, cd.region;
CREATE UNIQUE INDEX top_contacts_id ON reporting.top_contacts (id);
CREATE INDEX top_contacts_region ON reporting.top_contacts (region, won_cents DESC);
COMMENT ON MATERIALIZED VIEW reporting.top_contacts IS 'refreshed nightly, concurrently';
COMMENT ON COLUMN reporting.top_contacts.won_cents IS 'sum of won deals';
GRANT SELECT ON reporting.pipeline, reporting.top_contacts TO app_reader;
