CREATE TABLE alembic_version (version_num varchar(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));
CREATE TYPE job_status AS ENUM ('queued', 'running', 'retrying', 'failed', 'succeeded');
CREATE TABLE job (
  id serial NOT NULL,
  name varchar(64) NOT NULL,
  status job_status DEFAULT 'queued' NOT NULL,
  attempts integer DEFAULT 0 NOT NULL,
  max_attempts integer DEFAULT 3 NOT NULL,
  payload jsonb,
  created_at timestamp without time zone DEFAULT timezone('utc', now()) NOT NULL,
  CONSTRAINT pk_job PRIMARY KEY (id),
  CONSTRAINT ck_job_attempts CHECK (attempts <= max_attempts)
);
CREATE INDEX ix_job_status_created ON job (status, created_at);
CREATE UNIQUE INDEX uq_job_name ON job (name);
