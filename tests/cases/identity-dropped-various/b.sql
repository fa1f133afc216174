CREATE SEQUENCE other_seq;
CREATE TABLE t (
  a int NOT NULL,
  b int,
  c bigint DEFAULT nextval('other_seq'),
  d bigint NOT NULL DEFAULT 0
);
