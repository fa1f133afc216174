-- The expression changes (SET EXPRESSION from 17) while the column it reads is retyped,
-- which forces the generated column to be dropped and added around the type change.
CREATE TABLE t (id int PRIMARY KEY, a bigint, b bigint GENERATED ALWAYS AS (a * 3) STORED);
