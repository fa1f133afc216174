CREATE FUNCTION public.make_code(n int) RETURNS text LANGUAGE sql IMMUTABLE STRICT RETURN 'C' || lpad(n::text, 5, '0');
CREATE FUNCTION public.new_ref() RETURNS text LANGUAGE sql VOLATILE RETURN 'R' || floor(random() * 1000000)::int::text;
CREATE FUNCTION public.bump_updated() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated := NEW.updated + 1; RETURN NEW; END $$;
CREATE TABLE public.parts (
  id int PRIMARY KEY,
  ref text NOT NULL DEFAULT public.new_ref(),
  n int NOT NULL CHECK (public.make_code(n) LIKE 'C%'),
  code text GENERATED ALWAYS AS (public.make_code(n)) STORED,
  updated int NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX parts_code_expr ON public.parts (public.make_code(n));
CREATE TRIGGER parts_stamp BEFORE UPDATE ON public.parts FOR EACH ROW EXECUTE FUNCTION public.bump_updated();
CREATE VIEW public.part_codes AS SELECT id, public.make_code(n) AS c FROM public.parts;
ALTER TABLE public.parts ENABLE ROW LEVEL SECURITY;
CREATE POLICY parts_visible ON public.parts USING (public.make_code(n) <> 'C00000');
