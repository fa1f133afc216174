CREATE TABLE public.writers (id int NOT NULL, name text NOT NULL);
CREATE UNIQUE INDEX writers_id_idx ON public.writers (id);
ALTER TABLE public.writers ADD CONSTRAINT writers_pkey PRIMARY KEY USING INDEX writers_id_idx;
CREATE TABLE public.books (
  id int PRIMARY KEY,
  writer_id int NOT NULL REFERENCES public.writers (id),
  title text NOT NULL CHECK (length(title) > 0),
  page_count int CHECK (page_count > 0)
);
CREATE INDEX books_writer_id_idx ON public.books (writer_id);
