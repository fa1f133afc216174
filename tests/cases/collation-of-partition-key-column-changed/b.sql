-- A list-partitioned table whose key column takes a custom ICU collation (the key is fixed at
-- creation, so the tree is rebuilt), with rows.
CREATE COLLATION nat (provider = icu, locale = 'en-u-kn-true');
CREATE TABLE doc (kind text COLLATE nat NOT NULL, id int NOT NULL, title text) PARTITION BY LIST (kind);
CREATE TABLE doc_a PARTITION OF doc FOR VALUES IN ('a', 'A');
CREATE TABLE doc_rest PARTITION OF doc DEFAULT;
