CREATE SCHEMA extensions;
CREATE TABLE public.people (id int PRIMARY KEY, full_name text NOT NULL, email text);
CREATE INDEX people_name_idx ON public.people (lower(full_name));
