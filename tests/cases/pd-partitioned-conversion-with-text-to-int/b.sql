-- A log table becomes partitioned (recreated, rows put back) in the release
-- that also fixes two column types: a numeric code kept in text becomes int and
-- a JSON payload in text becomes jsonb. Neither has an assignment cast, so the
-- rows cannot simply be inserted back column for column.
CREATE TABLE api_log (
  id bigint NOT NULL,
  day date NOT NULL,
  status_code int NOT NULL,
  body jsonb,
  PRIMARY KEY (id, day)
) PARTITION BY RANGE (day);
CREATE TABLE api_log_2024 PARTITION OF api_log FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE api_log_other PARTITION OF api_log DEFAULT;
