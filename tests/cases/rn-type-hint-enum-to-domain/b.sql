CREATE DOMAIN public.state AS text CHECK (VALUE IN ('open', 'closed', 'pending'));
CREATE TABLE public.tickets (id int PRIMARY KEY, st public.state NOT NULL);
