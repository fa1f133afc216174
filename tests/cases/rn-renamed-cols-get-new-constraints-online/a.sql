CREATE TABLE public.authors (aid int NOT NULL, nm text);
CREATE UNIQUE INDEX authors_aid_idx ON public.authors (aid);
CREATE TABLE public.books (id int PRIMARY KEY, auth int, title text, pages int);
