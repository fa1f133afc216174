INSERT INTO crm.accounts (name, region) VALUES ('Acme', 'US'), ('Globex', 'DE');
INSERT INTO crm.contacts (account_id, full_name, email) VALUES (1, 'Wile Coyote', 'w@acme'), (2, 'Hank Scorpio', NULL);
INSERT INTO crm.deals (account_id, contact_id, amount_cents, stage, closed_on) VALUES (1, 1, 10000, 'won', '2024-01-01'), (2, 2, 500, 'lead', NULL), (1, NULL, 700, 'won', '2024-02-01');
REFRESH MATERIALIZED VIEW reporting.pipeline;
REFRESH MATERIALIZED VIEW reporting.top_contacts;
