CREATE TABLE public.people (
  id int PRIMARY KEY,
  first_nm text NOT NULL,
  last_nm text NOT NULL,
  full_name text GENERATED ALWAYS AS (first_nm || ' ' || last_nm) STORED,
  email text
);
