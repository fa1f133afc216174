CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE public.companies (
  id bigserial PRIMARY KEY,
  domain citext NOT NULL,
  name text NOT NULL,
  CONSTRAINT companies_domain_key UNIQUE (domain)
);
CREATE TABLE public.contacts (
  id bigserial PRIMARY KEY,
  company_id bigint REFERENCES public.companies(id) ON DELETE CASCADE,
  email citext NOT NULL,
  first_name text,
  last_name text,
  CONSTRAINT contacts_email_key UNIQUE (email)
);
CREATE TABLE public.deals (
  id bigserial PRIMARY KEY,
  company_id bigint NOT NULL REFERENCES public.companies(id) ON DELETE CASCADE,
  primary_contact_email citext REFERENCES public.contacts(email) ON UPDATE CASCADE,
  title text NOT NULL,
  amount numeric(14,2)
);
CREATE VIEW public.company_directory AS
  SELECT c.name, c.domain, count(p.id) AS contacts FROM public.companies c LEFT JOIN public.contacts p ON p.company_id = c.id GROUP BY c.id;
