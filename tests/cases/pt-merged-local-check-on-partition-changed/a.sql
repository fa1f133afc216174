CREATE TABLE m (id int NOT NULL, k int NOT NULL, qty int) PARTITION BY LIST (k);
ALTER TABLE m ADD CONSTRAINT m_qty CHECK (qty >= 0);
CREATE TABLE m1 PARTITION OF m FOR VALUES IN (1);
-- m2 was a table of its own with the same CHECK, then attached: the CHECK is both its own and inherited
CREATE TABLE m2 (id int NOT NULL, k int NOT NULL, qty int, CONSTRAINT m_qty CHECK (qty >= 0));
ALTER TABLE m ATTACH PARTITION m2 FOR VALUES IN (2);
