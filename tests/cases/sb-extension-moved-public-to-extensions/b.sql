CREATE SCHEMA extensions;
GRANT USAGE ON SCHEMA extensions TO app_reader, app_writer;
CREATE EXTENSION citext WITH SCHEMA extensions;
CREATE EXTENSION "uuid-ossp" WITH SCHEMA extensions;
CREATE TABLE public.accounts (
  id uuid PRIMARY KEY DEFAULT extensions.uuid_generate_v4(),
  email extensions.citext NOT NULL UNIQUE,
  handle extensions.citext
);
CREATE INDEX accounts_handle_idx ON public.accounts (handle) WHERE handle IS NOT NULL;
CREATE FUNCTION public.find_account(p_email extensions.citext) RETURNS SETOF public.accounts LANGUAGE sql STABLE
  AS $$ SELECT * FROM public.accounts WHERE email = p_email $$;
