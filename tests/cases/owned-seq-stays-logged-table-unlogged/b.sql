CREATE UNLOGGED TABLE batch_lines (batch int NOT NULL, n int NOT NULL);
CREATE SEQUENCE batch_lines_n_seq OWNED BY batch_lines.n;
ALTER TABLE batch_lines ALTER COLUMN n SET DEFAULT nextval('batch_lines_n_seq');
