CREATE FUNCTION public.set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.updated_at = now(); RETURN NEW; END $$;
CREATE TABLE public.authors (id int PRIMARY KEY, name text NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE public.books (id int PRIMARY KEY, author_id int REFERENCES public.authors, title text NOT NULL, isbn text, updated_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE public.reviews (id int PRIMARY KEY, book_id int REFERENCES public.books ON DELETE CASCADE, stars smallint NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.authors FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.books FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.reviews FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
