CREATE SCHEMA pgboss;
CREATE TYPE pgboss.job_state AS ENUM ('created', 'retry', 'active', 'completed', 'expired', 'cancelled', 'failed');
CREATE TABLE pgboss.version (version int PRIMARY KEY, maintained_on timestamptz, cron_on timestamptz);
CREATE TABLE pgboss.job (
  id uuid PRIMARY KEY NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL,
  priority integer NOT NULL DEFAULT 0,
  data jsonb,
  state pgboss.job_state NOT NULL DEFAULT 'created',
  retryLimit integer NOT NULL DEFAULT 0,
  retryCount integer NOT NULL DEFAULT 0,
  startAfter timestamptz NOT NULL DEFAULT now(),
  startedOn timestamptz,
  singletonKey text,
  createdOn timestamptz NOT NULL DEFAULT now(),
  completedOn timestamptz,
  keepUntil timestamptz NOT NULL DEFAULT now() + interval '14 days'
);
CREATE INDEX job_name ON pgboss.job (name text_pattern_ops);
CREATE INDEX job_fetch ON pgboss.job (name text_pattern_ops, startAfter) WHERE state < 'active';
CREATE UNIQUE INDEX job_singletonKey ON pgboss.job (name, singletonKey) WHERE state < 'completed' AND singletonKey IS NOT NULL;
CREATE TABLE pgboss.archive (LIKE pgboss.job);
ALTER TABLE pgboss.archive ADD COLUMN archivedOn timestamptz NOT NULL DEFAULT now();
CREATE INDEX archive_archivedon_idx ON pgboss.archive (archivedOn);
