-- A table with its own CHECK gains a parent that has the same CHECK; its columns stay its own
-- (declared and inherited), the CHECK in b only inherited.
CREATE TABLE public.parent (id integer NOT NULL, qty integer, CONSTRAINT qty_nonnegative CHECK (qty >= 0));
CREATE TABLE public.child (id integer NOT NULL, qty integer, tag text, CONSTRAINT qty_nonnegative CHECK (qty >= 0));
