CREATE FUNCTION public.uid() RETURNS text LANGUAGE sql STABLE AS $$ SELECT NULL::text $$;
CREATE TABLE public.notes (owner_id text DEFAULT public.uid());
