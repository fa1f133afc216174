-- scripts/container-test.sh: the models of the project the image is tested with.
CREATE TABLE public.widgets (
  id   bigint PRIMARY KEY,
  name text   NOT NULL
);
