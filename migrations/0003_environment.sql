-- Which environment of which project this database is. Recorded on first use and compared
-- on every call: a dev connection string pointed at prod's database by mistake is refused,
-- naming both, instead of syncing or rolling back prod.
CREATE TABLE schemaservice.environment (
  project      text        PRIMARY KEY,
  environment  text        NOT NULL,
  recorded_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
  -- The schemad instance that recorded it.
  recorded_by  text        NOT NULL
);
