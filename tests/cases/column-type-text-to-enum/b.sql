CREATE TYPE mood AS ENUM ('ok', 'bad', 'so-so');
CREATE TABLE t (
  id int PRIMARY KEY,
  m mood NOT NULL DEFAULT 'ok',
  v mood,
  c mood DEFAULT 'bad',
  tags mood[] DEFAULT '{ok}'
);
CREATE INDEX t_m ON t (m);
