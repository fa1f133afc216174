CREATE TABLE part (id int PRIMARY KEY, code varchar(8) NOT NULL);
CREATE INDEX part_code_prefix ON part (code varchar_pattern_ops);
CREATE INDEX part_code_lower ON part (lower(code) text_pattern_ops);
