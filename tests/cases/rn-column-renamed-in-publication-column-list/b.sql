CREATE TABLE public.customers (
  id int PRIMARY KEY,
  contact_email text NOT NULL,
  full_name text,
  display text GENERATED ALWAYS AS (coalesce(full_name, contact_email)) STORED
);
CREATE PUBLICATION crm_feed FOR TABLE public.customers (id, contact_email, full_name) WHERE (contact_email <> '');
