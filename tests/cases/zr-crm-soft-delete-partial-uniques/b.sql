CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE public.companies (
  id bigserial PRIMARY KEY,
  domain citext NOT NULL,
  name text NOT NULL,
  deleted_at timestamptz
);
CREATE UNIQUE INDEX companies_domain_live_key ON public.companies (domain) WHERE deleted_at IS NULL;
CREATE INDEX companies_deleted_at_idx ON public.companies (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE TABLE public.contacts (
  id bigserial PRIMARY KEY,
  company_id bigint REFERENCES public.companies(id) ON DELETE SET NULL,
  email citext NOT NULL,
  first_name text,
  last_name text,
  deleted_at timestamptz
);
CREATE UNIQUE INDEX contacts_email_live_key ON public.contacts (email) WHERE deleted_at IS NULL;
CREATE TABLE public.deals (
  id bigserial PRIMARY KEY,
  company_id bigint NOT NULL REFERENCES public.companies(id) ON DELETE RESTRICT,
  primary_contact_id bigint REFERENCES public.contacts(id) ON DELETE SET NULL,
  title text NOT NULL,
  amount numeric(14,2),
  deleted_at timestamptz
);
CREATE INDEX deals_primary_contact_idx ON public.deals (primary_contact_id);
CREATE VIEW public.live_companies AS SELECT id, domain, name FROM public.companies WHERE deleted_at IS NULL;
CREATE VIEW public.live_contacts AS SELECT id, company_id, email, first_name, last_name FROM public.contacts WHERE deleted_at IS NULL;
CREATE VIEW public.company_directory AS
  SELECT c.name, c.domain, count(p.id) AS contacts FROM public.live_companies c LEFT JOIN public.live_contacts p ON p.company_id = c.id GROUP BY c.id, c.name, c.domain;
CREATE FUNCTION public.soft_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('UPDATE %I.%I SET deleted_at = now() WHERE id = $1', TG_TABLE_SCHEMA, TG_TABLE_NAME) USING OLD.id;
  RETURN NULL;
END $$;
CREATE RULE companies_soft_delete AS ON DELETE TO public.companies DO INSTEAD UPDATE public.companies SET deleted_at = now() WHERE id = OLD.id;
CREATE TRIGGER contacts_soft_delete BEFORE DELETE ON public.contacts FOR EACH ROW WHEN (OLD.deleted_at IS NULL) EXECUTE FUNCTION public.soft_delete();
