CREATE SCHEMA crm;
CREATE SCHEMA reporting;
CREATE TABLE crm.accounts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name varchar(120) NOT NULL,
  region char(2) NOT NULL DEFAULT 'US'
);
CREATE TABLE crm.contacts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES crm.accounts (id),
  full_name varchar(150) NOT NULL DEFAULT '',
  email varchar(200),
  phone varchar(30),
  search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(full_name, '') || ' ' || coalesce(email, ''))) STORED,
  archived_at timestamptz
);
CREATE INDEX contacts_search_idx ON crm.contacts USING gin (search);
CREATE INDEX contacts_name_idx ON crm.contacts (lower(full_name::text));
CREATE STATISTICS crm.contacts_acct_name_stats (ndistinct) ON account_id, full_name FROM crm.contacts;
COMMENT ON COLUMN crm.contacts.full_name IS 'as typed by the rep';
ALTER TABLE crm.contacts ENABLE ROW LEVEL SECURITY;
CREATE POLICY contacts_live ON crm.contacts FOR SELECT USING (archived_at IS NULL AND full_name <> '');
GRANT SELECT (id, account_id, full_name, email) ON crm.contacts TO app_reader;
CREATE TABLE crm.deals (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES crm.accounts (id),
  contact_id bigint REFERENCES crm.contacts (id),
  amount_cents bigint NOT NULL,
  stage text NOT NULL DEFAULT 'lead',
  closed_on date
);
CREATE VIEW crm.contact_directory AS
  SELECT c.id, c.full_name, c.email, a.name AS account, a.region
  FROM crm.contacts c JOIN crm.accounts a ON a.id = c.account_id WHERE c.archived_at IS NULL;
CREATE MATERIALIZED VIEW reporting.pipeline AS
  SELECT d.account_id, d.stage, count(*) AS deals, sum(d.amount_cents) AS amount_cents
  FROM crm.deals d GROUP BY d.account_id, d.stage;
CREATE UNIQUE INDEX pipeline_key ON reporting.pipeline (account_id, stage);
CREATE MATERIALIZED VIEW reporting.top_contacts AS
  SELECT cd.id, cd.full_name, cd.account, sum(d.amount_cents) AS won_cents
  FROM crm.contact_directory cd JOIN crm.deals d ON d.contact_id = cd.id
  WHERE d.stage = 'won' GROUP BY cd.id, cd.full_name, cd.account;
CREATE UNIQUE INDEX top_contacts_id ON reporting.top_contacts (id);
COMMENT ON MATERIALIZED VIEW reporting.top_contacts IS 'refreshed nightly, concurrently';
GRANT SELECT ON reporting.pipeline, reporting.top_contacts TO app_reader;
