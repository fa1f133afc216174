INSERT INTO public.messages (body) VALUES ('a'), ('b'), ('c');
INSERT INTO public.counters VALUES (1, 5);
