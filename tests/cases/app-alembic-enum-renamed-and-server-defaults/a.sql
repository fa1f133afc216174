CREATE TABLE alembic_version (version_num varchar(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));
CREATE TYPE jobstatus AS ENUM ('queued', 'running', 'failed', 'done');
CREATE TABLE job (
  id serial NOT NULL,
  name varchar(64) NOT NULL,
  status jobstatus DEFAULT 'queued' NOT NULL,
  attempts integer DEFAULT 0 NOT NULL,
  payload json,
  created_at timestamp without time zone DEFAULT now() NOT NULL,
  CONSTRAINT pk_job PRIMARY KEY (id)
);
CREATE INDEX ix_job_status ON job (status);
CREATE UNIQUE INDEX ix_job_name ON job (name);
