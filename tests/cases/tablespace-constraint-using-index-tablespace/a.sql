CREATE TABLE booking (
  id int PRIMARY KEY,
  code text UNIQUE,
  during int4range,
  EXCLUDE USING gist (during WITH &&) WHERE (id > 0)
);
