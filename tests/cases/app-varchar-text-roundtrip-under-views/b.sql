CREATE SCHEMA crm;
CREATE SEQUENCE crm.lead_ref_seq;
CREATE FUNCTION crm.make_ref() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT 'L-' || lpad(nextval('crm.lead_ref_seq')::text, 6, '0') $$;
CREATE TABLE crm.leads (
  id int PRIMARY KEY,
  ref varchar(12) NOT NULL DEFAULT crm.make_ref(),
  company text NOT NULL,
  email text,
  notes varchar(2000),
  score numeric(6,2)
);
CREATE INDEX leads_company_lower ON crm.leads (lower(company));
CREATE INDEX leads_email_like ON crm.leads (email text_pattern_ops);
CREATE VIEW crm.hot_leads AS SELECT id, company, email, score FROM crm.leads WHERE score > 80;
CREATE VIEW crm.hot_lead_domains AS SELECT split_part(email, '@', 2) AS domain, count(*) AS n FROM crm.hot_leads GROUP BY 1;
