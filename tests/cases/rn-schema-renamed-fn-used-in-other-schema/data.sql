INSERT INTO util.lookup VALUES ('A', 'alpha'), ('B', 'beta');
INSERT INTO public.tickets (id, title, prio, code) VALUES (1, ' Hello ', 'high', 'A'), (2, 'World', 'low', NULL);
