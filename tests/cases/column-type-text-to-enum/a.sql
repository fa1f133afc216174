CREATE TYPE mood AS ENUM ('ok', 'bad', 'so-so');
CREATE TABLE t (
  id int PRIMARY KEY,
  m text NOT NULL DEFAULT 'ok',
  v varchar(10),
  c character(5) DEFAULT 'bad',
  tags text[] DEFAULT '{ok}'
);
CREATE INDEX t_m ON t (m);
