CREATE TABLE t (qty bigint, total bigint GENERATED ALWAYS AS (qty * 2) STORED);
COMMENT ON TABLE t IS 'x';
