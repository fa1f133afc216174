-- 18: publish_generated_columns.
CREATE TABLE t (a int PRIMARY KEY, s int GENERATED ALWAYS AS (a * 2) STORED);
CREATE PUBLICATION pub_gen FOR TABLE t WITH (publish_generated_columns = stored);
