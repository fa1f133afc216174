-- A log table becomes partitioned (recreated, rows put back) in the release
-- that also fixes two column types: a numeric code kept in text becomes int and
-- a JSON payload in text becomes jsonb. Neither has an assignment cast, so the
-- rows cannot simply be inserted back column for column.
CREATE TABLE api_log (
  id bigint NOT NULL,
  day date NOT NULL,
  status_code text NOT NULL,
  body text,
  PRIMARY KEY (id, day)
);
