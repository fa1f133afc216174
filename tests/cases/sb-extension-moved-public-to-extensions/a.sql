CREATE EXTENSION citext;
CREATE EXTENSION "uuid-ossp";
CREATE TABLE public.accounts (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
  email citext NOT NULL UNIQUE,
  handle citext
);
CREATE INDEX accounts_handle_idx ON public.accounts (handle) WHERE handle IS NOT NULL;
CREATE FUNCTION public.find_account(p_email citext) RETURNS SETOF public.accounts LANGUAGE sql STABLE
  AS $$ SELECT * FROM public.accounts WHERE email = p_email $$;
