CREATE TYPE public.ticket_status AS ENUM ('new', 'open', 'pending reminder', 'pending close', 'closed', 'merged');
CREATE TABLE public.tickets (
  id bigserial PRIMARY KEY,
  number varchar(20) NOT NULL UNIQUE,
  title text NOT NULL,
  status public.ticket_status NOT NULL DEFAULT 'new',
  priority smallint NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 3),
  group_name varchar(80),
  status_changed_at timestamptz,
  pending_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT tickets_pending_has_time CHECK (status NOT IN ('pending reminder', 'pending close') OR pending_until IS NOT NULL)
);
CREATE INDEX tickets_open_idx ON public.tickets (priority DESC, created_at) WHERE status IN ('new', 'open');
CREATE INDEX tickets_pending_idx ON public.tickets (pending_until) WHERE status IN ('pending reminder', 'pending close');
CREATE TABLE public.ticket_history (
  id bigserial PRIMARY KEY,
  ticket_id bigint NOT NULL REFERENCES public.tickets ON DELETE CASCADE,
  old_status public.ticket_status,
  new_status public.ticket_status NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION public.tickets_status_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.status_changed_at := now();
  IF NEW.status NOT IN ('pending reminder', 'pending close') THEN NEW.pending_until := NULL; END IF;
  INSERT INTO public.ticket_history (ticket_id, old_status, new_status) VALUES (NEW.id, OLD.status, NEW.status);
  RETURN NEW;
END $$;
CREATE TRIGGER tickets_status_changed BEFORE UPDATE OF status ON public.tickets
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION public.tickets_status_changed();
CREATE VIEW public.open_tickets AS SELECT id, number, title, priority, status FROM public.tickets WHERE status NOT IN ('closed', 'merged');
