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
CREATE TABLE public.orgs (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL);
CREATE TABLE public.org_members (org_id uuid REFERENCES public.orgs ON DELETE CASCADE, user_id uuid NOT NULL, PRIMARY KEY (org_id, user_id));
CREATE TABLE public.documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  owner_id uuid NOT NULL DEFAULT auth.uid(),
  title text NOT NULL,
  org_id uuid REFERENCES public.orgs ON DELETE SET NULL
);
CREATE INDEX documents_org_id_idx ON public.documents (org_id);
ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_owner ON public.documents FOR ALL TO app_writer USING (owner_id = auth.uid());
CREATE POLICY docs_org_read ON public.documents FOR SELECT TO app_writer
  USING (org_id IN (SELECT om.org_id FROM public.org_members om WHERE om.user_id = (SELECT auth.uid())));
