CREATE SCHEMA work;
CREATE TYPE work."Job State" AS ENUM ('new', 'running', 'done');
CREATE TABLE jobs (
  id int PRIMARY KEY,
  st work."Job State" NOT NULL DEFAULT 'running',
  history work."Job State"[] NOT NULL DEFAULT '{}',
  CONSTRAINT jobs_not_done CHECK (st <> 'done')
);
CREATE INDEX jobs_st ON jobs (st);
CREATE INDEX jobs_new ON jobs (id) WHERE st = 'new';
