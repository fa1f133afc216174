CREATE TABLE public.customers (
  id int PRIMARY KEY,
  email text NOT NULL,
  full_name text,
  display text GENERATED ALWAYS AS (coalesce(full_name, email)) STORED
);
CREATE PUBLICATION crm_feed FOR TABLE public.customers (id, email, full_name) WHERE (email <> '');
