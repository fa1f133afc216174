CREATE TABLE public.activity_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  actor text NOT NULL,
  verb text NOT NULL
);
CREATE INDEX activity_log_actor_idx ON public.activity_log (actor);
COMMENT ON TABLE public.activity_log IS 'who did what';
GRANT SELECT ON public.activity_log TO app_reader;
