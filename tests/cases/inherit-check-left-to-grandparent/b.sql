-- The grandchild declares the CHECK its grandparent gives it through the parent; in b it only
-- inherits it. The parent never declares it.
CREATE TABLE public.base (id integer NOT NULL, amount numeric, CONSTRAINT amount_positive CHECK (amount > 0));
CREATE TABLE public.mid (note text) INHERITS (public.base);
CREATE TABLE public.leaf (extra text) INHERITS (public.mid);
