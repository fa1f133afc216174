CREATE FUNCTION public.trigger_set_timestamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF row(NEW.*) IS DISTINCT FROM row(OLD.*) THEN
    NEW.updated_at = clock_timestamp();
  END IF;
  RETURN NEW;
END $$;
CREATE FUNCTION public.bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.lock_version = OLD.lock_version + 1; RETURN NEW; END $$;
CREATE TABLE public.authors (id int PRIMARY KEY, name text NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE public.books (id int PRIMARY KEY, author_id int REFERENCES public.authors, title text NOT NULL, isbn text, updated_at timestamptz NOT NULL DEFAULT now(), lock_version integer NOT NULL DEFAULT 0);
CREATE TABLE public.reviews (id int PRIMARY KEY, book_id int REFERENCES public.books ON DELETE CASCADE, stars smallint NOT NULL CHECK (stars BETWEEN 1 AND 5), updated_at timestamptz NOT NULL DEFAULT now());
CREATE TRIGGER set_timestamp BEFORE UPDATE ON public.authors FOR EACH ROW EXECUTE FUNCTION public.trigger_set_timestamp();
CREATE TRIGGER set_timestamp BEFORE UPDATE ON public.books FOR EACH ROW EXECUTE FUNCTION public.trigger_set_timestamp();
CREATE TRIGGER set_updated_at BEFORE UPDATE OF stars ON public.reviews FOR EACH ROW WHEN (OLD.stars IS DISTINCT FROM NEW.stars) EXECUTE FUNCTION public.trigger_set_timestamp();
CREATE TRIGGER books_lock_version BEFORE UPDATE ON public.books FOR EACH ROW EXECUTE FUNCTION public.bump_version();
