CREATE TYPE public.status AS ENUM ('open', 'closed');
CREATE TABLE public.tickets (id int PRIMARY KEY, st public.status NOT NULL);
