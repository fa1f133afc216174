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
CREATE TABLE public.boards (id int PRIMARY KEY, owner_id uuid NOT NULL, title text);
CREATE TABLE public.board_members (board_id int REFERENCES public.boards ON DELETE CASCADE, user_id uuid, PRIMARY KEY (board_id, user_id));
ALTER TABLE public.boards ENABLE ROW LEVEL SECURITY;
CREATE POLICY boards_read ON public.boards FOR SELECT TO app_writer
  USING (owner_id = auth.uid() OR id IN (SELECT bm.board_id FROM public.board_members bm WHERE bm.user_id = auth.uid()));
CREATE FUNCTION public.board_member_count(b int) RETURNS bigint LANGUAGE sql STABLE
  AS $$ SELECT count(*) FROM public.board_members WHERE board_id = b $$;
