CREATE TABLE public.accounts (
  id uuid PRIMARY KEY,
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX accounts_email_idx ON public.accounts ((data ->> 'email'));
CREATE INDEX accounts_data_idx ON public.accounts USING gin (data);
CREATE INDEX accounts_plan_idx ON public.accounts ((data #>> '{billing,plan}'));
CREATE TABLE public.account_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES public.accounts(id),
  body jsonb NOT NULL,
  CONSTRAINT account_events_body_object CHECK (jsonb_typeof(body) = 'object')
);
CREATE INDEX account_events_type_idx ON public.account_events ((body ->> 'type'), account_id);
CREATE VIEW public.account_emails AS SELECT id, data ->> 'email' AS email, (data -> 'flags' ? 'beta') AS beta FROM public.accounts;
