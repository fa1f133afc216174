CREATE FUNCTION public.uid() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT NULL::uuid $$;
CREATE TABLE public.notes (owner_id uuid DEFAULT public.uid());
