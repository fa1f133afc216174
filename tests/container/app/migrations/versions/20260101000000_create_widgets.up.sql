-- scripts/container-test.sh applies this through schemad in the container.
CREATE TABLE public.widgets (
  id   bigint PRIMARY KEY,
  name text   NOT NULL
);
