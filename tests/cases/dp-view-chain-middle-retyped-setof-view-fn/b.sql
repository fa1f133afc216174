CREATE TABLE account (id int PRIMARY KEY, owner text NOT NULL, balance int NOT NULL, note text);
CREATE FUNCTION account_rows() RETURNS TABLE (id int, owner text, balance bigint)
  LANGUAGE sql STABLE BEGIN ATOMIC SELECT id, owner, balance::bigint FROM account; END;
CREATE VIEW account_base AS SELECT id, owner, balance FROM account_rows();
CREATE VIEW account_mid AS SELECT id, owner, balance::numeric AS balance FROM account_base WHERE balance >= 0;
CREATE VIEW account_top AS SELECT id, upper(owner) AS owner_uc, balance FROM account_mid;
CREATE FUNCTION rich_accounts() RETURNS SETOF account_top LANGUAGE sql STABLE
BEGIN ATOMIC SELECT * FROM account_top WHERE balance > 100; END;
CREATE VIEW rich_summary AS SELECT count(*) AS n FROM rich_accounts();
