CREATE TYPE public.kind AS ENUM ('a', 'b');
CREATE TABLE public.items (
  id bigserial PRIMARY KEY,
  k public.kind NOT NULL DEFAULT 'a',
  label text
);
