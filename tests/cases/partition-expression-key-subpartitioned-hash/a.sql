CREATE SCHEMA archive;
CREATE TABLE customer (id int NOT NULL, email text NOT NULL, created date NOT NULL)
  PARTITION BY LIST (lower(substr(email, 1, 1)));
CREATE TABLE customer_am PARTITION OF customer FOR VALUES IN ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm');
CREATE TABLE archive.customer_nz PARTITION OF customer FOR VALUES IN ('n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z');
CREATE TABLE customer_other PARTITION OF customer DEFAULT;
CREATE INDEX customer_email ON customer (lower(email) text_pattern_ops);
