CREATE SCHEMA pgboss;
CREATE TYPE pgboss.job_state AS ENUM ('created', 'retry', 'active', 'completed', 'cancelled', 'failed');
CREATE TABLE pgboss.version (version int PRIMARY KEY, maintained_on timestamptz, cron_on timestamptz, monitored_on timestamptz);
CREATE TABLE pgboss.queue (
  name text PRIMARY KEY,
  policy text,
  retry_limit int,
  retry_delay int,
  retry_backoff bool,
  expire_seconds int,
  retention_minutes int,
  dead_letter text REFERENCES pgboss.queue (name),
  created_on timestamptz NOT NULL DEFAULT now(),
  updated_on timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE pgboss.job (
  id uuid PRIMARY KEY NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL,
  priority integer NOT NULL DEFAULT 0,
  data jsonb,
  state pgboss.job_state NOT NULL DEFAULT 'created',
  retryLimit integer NOT NULL DEFAULT 2,
  retryCount integer NOT NULL DEFAULT 0,
  retryDelay integer NOT NULL DEFAULT 0,
  startAfter timestamptz NOT NULL DEFAULT now(),
  startedOn timestamptz,
  singletonKey text,
  singletonOn timestamp without time zone,
  createdOn timestamptz NOT NULL DEFAULT now(),
  completedOn timestamptz,
  keepUntil timestamptz NOT NULL DEFAULT now() + interval '14 days',
  output jsonb,
  policy text
);
CREATE INDEX job_name ON pgboss.job (name text_pattern_ops);
CREATE INDEX job_fetch ON pgboss.job (name text_pattern_ops, startAfter) INCLUDE (priority, createdOn, id) WHERE state < 'active';
CREATE UNIQUE INDEX job_singletonKey ON pgboss.job (name, singletonKey) WHERE state <= 'completed' AND singletonOn IS NULL AND singletonKey IS NOT NULL;
CREATE UNIQUE INDEX job_singletonKeyOn ON pgboss.job (name, singletonOn, COALESCE(singletonKey, '')) WHERE state <> 'completed' AND singletonOn IS NOT NULL;
CREATE UNIQUE INDEX job_policy_short ON pgboss.job (name) WHERE state = 'created' AND policy = 'short';
CREATE TABLE pgboss.archive (LIKE pgboss.job INCLUDING DEFAULTS);
ALTER TABLE pgboss.archive ADD COLUMN archivedOn timestamptz NOT NULL DEFAULT now();
CREATE INDEX archive_archivedon_idx ON pgboss.archive (archivedOn);
CREATE INDEX archive_name_idx ON pgboss.archive (name);
