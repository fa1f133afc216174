INSERT INTO items VALUES (1, 'a');
INSERT INTO audit VALUES (1, 'public.items'), (2, 'public.item_names');
INSERT INTO audit (id) VALUES (3);
