CREATE TABLE measurements (
  id bigserial,
  device_id integer NOT NULL,
  taken_at timestamptz NOT NULL,
  value double precision NOT NULL
);
CREATE INDEX measurements_device_idx ON measurements (device_id, taken_at);
CREATE TABLE measurements_2023 (
  CONSTRAINT measurements_2023_range CHECK (taken_at >= '2023-01-01 00:00+00' AND taken_at < '2024-01-01 00:00+00')
) INHERITS (measurements);
CREATE TABLE measurements_2024 (
  CONSTRAINT measurements_2024_range CHECK (taken_at >= '2024-01-01 00:00+00' AND taken_at < '2025-01-01 00:00+00')
) INHERITS (measurements);
CREATE INDEX measurements_2023_device_idx ON measurements_2023 (device_id, taken_at);
CREATE INDEX measurements_2024_device_idx ON measurements_2024 (device_id, taken_at);
CREATE FUNCTION measurements_route() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.taken_at < '2024-01-01 00:00+00' THEN INSERT INTO measurements_2023 VALUES (NEW.*);
  ELSE INSERT INTO measurements_2024 VALUES (NEW.*); END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER measurements_route BEFORE INSERT ON measurements FOR EACH ROW EXECUTE FUNCTION measurements_route();
CREATE VIEW device_latest AS SELECT device_id, max(taken_at) AS last_at FROM measurements GROUP BY device_id;
