INSERT INTO crm.accounts (name, region) VALUES ('Acme', 'US');
INSERT INTO crm.contacts (account_id, given_name, family_name, email) VALUES (1, 'Wile', 'Coyote', 'w@acme');
INSERT INTO crm.deals (account_id, contact_id, amount_cents, stage, closed_on) VALUES (1, 1, 10000, 'won', '2024-01-01');
REFRESH MATERIALIZED VIEW reporting.top_contacts;
