INSERT INTO old.items (qty, label) VALUES (1, 'a'), (2, 'b');
INSERT INTO public.moving (v) VALUES ('x'), ('y');
