CREATE TABLE public.tickets (
  id bigserial PRIMARY KEY,
  number varchar(20) NOT NULL UNIQUE,
  title text NOT NULL,
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'open', 'pending', 'closed')),
  priority smallint NOT NULL DEFAULT 2,
  group_name varchar(80),
  status_changed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tickets_open_idx ON public.tickets (priority DESC, created_at) WHERE status IN ('new', 'open');
CREATE TABLE public.ticket_history (
  id bigserial PRIMARY KEY,
  ticket_id bigint NOT NULL REFERENCES public.tickets ON DELETE CASCADE,
  old_status text,
  new_status text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION public.tickets_status_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.status_changed_at := now();
  INSERT INTO public.ticket_history (ticket_id, old_status, new_status) VALUES (NEW.id, OLD.status, NEW.status);
  RETURN NEW;
END $$;
CREATE TRIGGER tickets_status_changed BEFORE UPDATE OF status ON public.tickets
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION public.tickets_status_changed();
CREATE VIEW public.open_tickets AS SELECT id, number, title, priority FROM public.tickets WHERE status <> 'closed';
