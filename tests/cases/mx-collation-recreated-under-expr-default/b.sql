-- The collation is used only inside expressions (COLLATE clauses): a CHECK, an expression index, a partial index predicate,
-- a SQL-standard function body, a view, a materialized view with its own index, a column default and a policy. Its deterministic flag flips.
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE account (
  id int PRIMARY KEY,
  login text NOT NULL,
  kind text DEFAULT ('User' COLLATE ci),
  CONSTRAINT login_not_admin CHECK (login COLLATE ci <> 'admin')
);
CREATE INDEX account_login_ci ON account ((login COLLATE ci));
CREATE INDEX account_staff ON account (id) WHERE kind COLLATE ci = 'staff';
CREATE FUNCTION same_login(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN a COLLATE ci = b;
CREATE VIEW account_sorted AS SELECT id, login FROM account ORDER BY login COLLATE ci;
CREATE MATERIALIZED VIEW account_kinds AS SELECT DISTINCT kind COLLATE ci AS kind FROM account;
CREATE INDEX account_kinds_kind ON account_kinds (kind);
ALTER TABLE account ENABLE ROW LEVEL SECURITY;
CREATE POLICY no_root ON account USING (login COLLATE ci <> 'root');
