CREATE DOMAIN code AS varchar(10) DEFAULT 'x' NOT NULL CONSTRAINT code_len CHECK (length(VALUE) > 0);
CREATE TABLE t (c code);
