CREATE TABLE items (
  id serial PRIMARY KEY,
  n bigint GENERATED ALWAYS AS IDENTITY,
  m int
);
