-- A view loses a middle column (CREATE OR REPLACE VIEW cannot do that) while another view and a
-- function read the view's remaining columns.
CREATE TABLE account (id int PRIMARY KEY, name text NOT NULL, email text, balance numeric NOT NULL DEFAULT 0);
CREATE VIEW account_summary AS SELECT id, name, email, balance FROM account;
CREATE VIEW rich_accounts AS SELECT id, name FROM account_summary WHERE balance > 1000;
CREATE FUNCTION account_name(p_id int) RETURNS text LANGUAGE sql STABLE
  BEGIN ATOMIC SELECT name FROM account_summary WHERE id = p_id; END;
COMMENT ON VIEW account_summary IS 'summary';
COMMENT ON COLUMN account_summary.balance IS 'current balance';
GRANT SELECT ON account_summary TO app_reader;
