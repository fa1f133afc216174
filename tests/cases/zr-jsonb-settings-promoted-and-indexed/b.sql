CREATE TABLE public.accounts (
  id uuid PRIMARY KEY,
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  email text GENERATED ALWAYS AS (lower(data ->> 'email')) STORED,
  plan text GENERATED ALWAYS AS (coalesce(data #>> '{billing,plan}', 'free')) STORED,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT accounts_data_has_email CHECK (data ? 'email'),
  CONSTRAINT accounts_data_flags_array CHECK (NOT data ? 'flags' OR jsonb_typeof(data -> 'flags') = 'array')
);
CREATE UNIQUE INDEX accounts_email_idx ON public.accounts (email);
CREATE INDEX accounts_data_idx ON public.accounts USING gin (data jsonb_path_ops);
CREATE INDEX accounts_plan_idx ON public.accounts (plan) WHERE plan <> 'free';
CREATE INDEX accounts_beta_idx ON public.accounts (id) WHERE data -> 'flags' ? 'beta';
CREATE TABLE public.account_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES public.accounts(id),
  body jsonb NOT NULL,
  seq integer GENERATED ALWAYS AS ((body ->> 'seq')::integer) STORED,
  CONSTRAINT account_events_body_object CHECK (jsonb_typeof(body) = 'object' AND body ? 'type')
);
CREATE INDEX account_events_type_idx ON public.account_events ((body ->> 'type'), account_id);
CREATE INDEX account_events_path_idx ON public.account_events USING gin ((body -> 'tags'));
CREATE VIEW public.account_emails AS SELECT id, email, (data -> 'flags' ? 'beta') AS beta, plan FROM public.accounts;
