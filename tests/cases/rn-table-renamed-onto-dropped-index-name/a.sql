CREATE TABLE public.log_entries (at date);
CREATE INDEX events ON public.log_entries (at);
