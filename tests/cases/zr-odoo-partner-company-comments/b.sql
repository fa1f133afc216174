CREATE TABLE public.res_users (id serial PRIMARY KEY, login varchar NOT NULL, active boolean DEFAULT true);
CREATE TABLE public.res_company (
  id serial PRIMARY KEY,
  name varchar NOT NULL,
  currency_id integer NOT NULL,
  parent_id integer REFERENCES public.res_company(id) ON DELETE SET NULL,
  parent_path varchar,
  create_uid integer REFERENCES public.res_users(id) ON DELETE SET NULL,
  create_date timestamp without time zone,
  write_uid integer REFERENCES public.res_users(id) ON DELETE SET NULL,
  write_date timestamp without time zone
);
CREATE INDEX res_company_parent_path_index ON public.res_company (parent_path);
CREATE TABLE public.res_partner (
  id serial PRIMARY KEY,
  name varchar,
  company_id integer REFERENCES public.res_company(id) ON DELETE SET NULL,
  complete_name varchar,
  parent_id integer REFERENCES public.res_partner(id) ON DELETE SET NULL,
  commercial_partner_id integer REFERENCES public.res_partner(id) ON DELETE SET NULL,
  ref varchar,
  lang varchar,
  vat varchar,
  company_registry varchar,
  active boolean,
  is_company boolean,
  color integer,
  create_uid integer REFERENCES public.res_users(id) ON DELETE SET NULL,
  create_date timestamp without time zone,
  write_uid integer REFERENCES public.res_users(id) ON DELETE SET NULL,
  write_date timestamp without time zone,
  CONSTRAINT res_partner_check_name CHECK (type = 'contact' AND name IS NOT NULL OR type <> 'contact'),
  type varchar DEFAULT 'contact'
);
CREATE INDEX res_partner_complete_name_index ON public.res_partner (complete_name);
CREATE INDEX res_partner_parent_id_index ON public.res_partner (parent_id);
CREATE INDEX res_partner_ref_index ON public.res_partner (ref);
CREATE INDEX res_partner_commercial_partner_id_index ON public.res_partner (commercial_partner_id);
CREATE INDEX res_partner_vat_index ON public.res_partner (regexp_replace(upper(vat), '[^A-Z0-9]+', '', 'g'));
COMMENT ON TABLE public.res_partner IS 'Contact';
COMMENT ON COLUMN public.res_partner.name IS 'Name';
COMMENT ON COLUMN public.res_partner.complete_name IS 'Complete Name';
COMMENT ON COLUMN public.res_partner.ref IS 'Reference';
COMMENT ON COLUMN public.res_partner.vat IS 'Tax ID';
COMMENT ON COLUMN public.res_partner.company_registry IS 'Company ID';
COMMENT ON TABLE public.res_company IS 'Companies';
COMMENT ON COLUMN public.res_company.parent_path IS 'Parent Path';
