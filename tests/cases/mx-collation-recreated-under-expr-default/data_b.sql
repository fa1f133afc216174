INSERT INTO account VALUES (1, 'Alice', 'staff'), (2, 'bob', DEFAULT), (3, 'Carol', NULL);
REFRESH MATERIALIZED VIEW account_kinds;
