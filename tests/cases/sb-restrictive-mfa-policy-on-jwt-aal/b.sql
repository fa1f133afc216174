CREATE SCHEMA auth;
CREATE TABLE auth.users (
  id uuid PRIMARY KEY,
  email text UNIQUE,
  raw_user_meta_data jsonb DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;
CREATE FUNCTION auth.role() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('request.jwt.claim.role', true), '')::text $$;
CREATE FUNCTION auth.jwt() RETURNS jsonb LANGUAGE sql STABLE
  AS $$ SELECT coalesce(nullif(current_setting('request.jwt.claim', true), ''), nullif(current_setting('request.jwt.claims', true), ''))::jsonb $$;
GRANT USAGE ON SCHEMA auth TO app_reader, app_writer;
GRANT EXECUTE ON FUNCTION auth.uid(), auth.role(), auth.jwt() TO app_reader, app_writer;
CREATE TABLE public.invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id uuid NOT NULL DEFAULT auth.uid(),
  amount_cents integer NOT NULL CHECK (amount_cents >= 0),
  paid boolean NOT NULL DEFAULT false
);
ALTER TABLE public.invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY "own invoices" ON public.invoices FOR SELECT TO app_writer USING ((SELECT auth.uid()) = user_id);
CREATE POLICY "own unpaid invoices editable" ON public.invoices FOR UPDATE TO app_writer
  USING ((SELECT auth.uid()) = user_id AND NOT paid) WITH CHECK ((SELECT auth.uid()) = user_id);
CREATE POLICY "Enforce MFA for all end users." ON public.invoices AS RESTRICTIVE TO app_writer
  USING ((SELECT auth.jwt()->>'aal') = 'aal2');
CREATE POLICY "MFA for writes" ON public.invoices AS RESTRICTIVE FOR UPDATE TO app_writer
  USING (array['aal2'] @> array[(auth.jwt()->>'aal')]);
