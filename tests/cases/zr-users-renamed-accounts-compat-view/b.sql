CREATE SEQUENCE public.users_id_seq;
CREATE TABLE public.accounts (
  id bigint NOT NULL DEFAULT nextval('public.users_id_seq'::regclass),
  handle text NOT NULL,
  full_name text,
  created_at timestamptz NOT NULL DEFAULT now(),
  kind text NOT NULL DEFAULT 'person',
  CONSTRAINT users_pkey PRIMARY KEY (id),
  CONSTRAINT users_login_key UNIQUE (handle)
);
ALTER SEQUENCE public.users_id_seq OWNED BY public.accounts.id;
CREATE TABLE public.sessions (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES public.accounts(id) ON DELETE CASCADE,
  token text NOT NULL UNIQUE,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_id_idx ON public.sessions (user_id);
CREATE VIEW public.users AS SELECT id, handle AS login, full_name, created_at FROM public.accounts WHERE kind = 'person';
CREATE FUNCTION public.user_login(uid bigint) RETURNS text LANGUAGE sql STABLE RETURN (SELECT handle FROM public.accounts WHERE id = uid);
GRANT SELECT ON public.accounts TO app_reader;
GRANT SELECT, INSERT, UPDATE ON public.accounts TO app_writer;
GRANT SELECT ON public.users TO app_reader;
GRANT SELECT, INSERT, UPDATE ON public.users TO app_writer;
