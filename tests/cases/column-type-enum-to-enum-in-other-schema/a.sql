CREATE TYPE state AS ENUM ('new', 'done');
CREATE TABLE jobs (
  id int PRIMARY KEY,
  st state NOT NULL DEFAULT 'new',
  history state[] NOT NULL DEFAULT '{}',
  CONSTRAINT jobs_not_done CHECK (st <> 'done')
);
CREATE INDEX jobs_st ON jobs (st);
CREATE INDEX jobs_new ON jobs (id) WHERE st = 'new';
