CREATE TABLE job (id bigint NOT NULL, queue text NOT NULL, state text NOT NULL, run_at timestamptz NOT NULL, attempts int NOT NULL DEFAULT 0) PARTITION BY LIST (queue);
CREATE TABLE job_mail PARTITION OF job FOR VALUES IN ('mail');
CREATE TABLE job_other PARTITION OF job DEFAULT;
CREATE INDEX job_pending ON job (run_at) INCLUDE (id, attempts) WHERE state IN ('pending', 'retry');
CREATE UNIQUE INDEX job_id_queue ON job (id, queue) INCLUDE (state);
