CREATE SCHEMA auth;
CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;
GRANT EXECUTE ON FUNCTION auth.uid() TO app_writer;
CREATE TABLE public.notes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  owner_id uuid NOT NULL DEFAULT auth.uid(),
  body text
);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_select ON public.notes FOR SELECT TO app_writer USING (owner_id = auth.uid());
CREATE POLICY notes_insert ON public.notes FOR INSERT TO app_writer WITH CHECK (owner_id = auth.uid());
CREATE POLICY notes_update ON public.notes FOR UPDATE TO app_writer USING (owner_id = auth.uid()) WITH CHECK (owner_id = auth.uid());
CREATE VIEW public.my_notes WITH (security_invoker = true) AS SELECT id, body FROM public.notes WHERE owner_id = auth.uid();
GRANT SELECT, INSERT, UPDATE ON public.notes TO app_writer;
GRANT SELECT ON public.my_notes TO app_writer;
