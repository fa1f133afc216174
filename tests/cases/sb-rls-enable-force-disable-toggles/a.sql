CREATE TABLE public.countries (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.cities (id int PRIMARY KEY, country_id int REFERENCES public.countries, name text);
CREATE TABLE public.secrets (id int PRIMARY KEY, owner name NOT NULL DEFAULT current_user, value text);
ALTER TABLE public.countries ENABLE ROW LEVEL SECURITY;
CREATE POLICY countries_read ON public.countries FOR SELECT TO app_reader, app_writer USING (true);
ALTER TABLE public.cities ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.cities FORCE ROW LEVEL SECURITY;
CREATE POLICY cities_read ON public.cities FOR SELECT USING (country_id IS NOT NULL);
CREATE POLICY secrets_owner ON public.secrets USING (owner = current_user);
