INSERT INTO public.a_items (v) VALUES ('x'), ('y');
INSERT INTO public.b_items (w) VALUES ('z');
-- ids handed out and then deleted must not come back
INSERT INTO public.a_items (v) VALUES ('gone1'), ('gone2');
DELETE FROM public.a_items WHERE v LIKE 'gone%';
