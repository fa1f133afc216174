CREATE TABLE public.events_2024 (ts date NOT NULL, v int NOT NULL);
