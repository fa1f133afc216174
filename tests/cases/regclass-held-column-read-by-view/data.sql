INSERT INTO items VALUES (1, 2);
INSERT INTO audit VALUES (1, 'public.items'), (2, 'public.item_qty');
