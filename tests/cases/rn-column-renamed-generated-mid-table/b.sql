CREATE TABLE public.people (
  id int PRIMARY KEY,
  first_name text NOT NULL,
  last_nm text NOT NULL,
  full_name text GENERATED ALWAYS AS (first_name || ' ' || last_nm) STORED,
  email text
);
