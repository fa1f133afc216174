CREATE TABLE public.users (
  id bigserial PRIMARY KEY,
  login text NOT NULL UNIQUE,
  full_name text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE public.sessions (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES public.users(id) ON DELETE CASCADE,
  token text NOT NULL UNIQUE,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_id_idx ON public.sessions (user_id);
CREATE FUNCTION public.user_login(uid bigint) RETURNS text LANGUAGE sql STABLE RETURN (SELECT login FROM public.users WHERE id = uid);
GRANT SELECT ON public.users TO app_reader;
GRANT SELECT, INSERT, UPDATE ON public.users TO app_writer;
