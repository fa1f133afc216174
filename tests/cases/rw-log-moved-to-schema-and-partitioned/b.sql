CREATE SCHEMA audit;
CREATE TABLE audit.activity_log (
  id bigserial,
  at timestamptz NOT NULL,
  actor text NOT NULL,
  verb text NOT NULL,
  PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE audit.activity_log_old PARTITION OF audit.activity_log FOR VALUES FROM (MINVALUE) TO ('2024-01-01 00:00+00');
CREATE TABLE audit.activity_log_new PARTITION OF audit.activity_log FOR VALUES FROM ('2024-01-01 00:00+00') TO (MAXVALUE);
CREATE INDEX activity_log_actor_idx ON audit.activity_log (actor);
COMMENT ON TABLE audit.activity_log IS 'who did what';
GRANT SELECT ON audit.activity_log TO app_reader;
