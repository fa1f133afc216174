CREATE TABLE public.res_users (id serial PRIMARY KEY, login varchar NOT NULL, active boolean DEFAULT true);
CREATE TABLE public.res_company (
  id serial PRIMARY KEY,
  name varchar NOT NULL,
  currency_id integer NOT NULL,
  create_uid integer REFERENCES public.res_users(id) ON DELETE SET NULL,
  create_date timestamp without time zone,
  write_uid integer REFERENCES public.res_users(id) ON DELETE SET NULL,
  write_date timestamp without time zone
);
CREATE TABLE public.res_partner (
  id serial PRIMARY KEY,
  name varchar,
  company_id integer REFERENCES public.res_company(id) ON DELETE SET NULL,
  display_name varchar,
  parent_id integer REFERENCES public.res_partner(id) ON DELETE SET NULL,
  ref varchar,
  lang varchar,
  vat varchar,
  active boolean,
  is_company boolean,
  color integer,
  create_uid integer REFERENCES public.res_users(id) ON DELETE SET NULL,
  create_date timestamp without time zone,
  write_uid integer REFERENCES public.res_users(id) ON DELETE SET NULL,
  write_date timestamp without time zone
);
CREATE INDEX res_partner_display_name_index ON public.res_partner (display_name);
CREATE INDEX res_partner_parent_id_index ON public.res_partner (parent_id);
CREATE INDEX res_partner_ref_index ON public.res_partner (ref);
COMMENT ON TABLE public.res_partner IS 'Contact';
COMMENT ON COLUMN public.res_partner.name IS 'Name';
COMMENT ON COLUMN public.res_partner.ref IS 'Reference';
COMMENT ON COLUMN public.res_partner.vat IS 'Tax ID';
COMMENT ON TABLE public.res_company IS 'Companies';
