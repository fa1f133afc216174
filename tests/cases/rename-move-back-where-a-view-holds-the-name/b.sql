CREATE SCHEMA private;
CREATE TABLE private.t (id int PRIMARY KEY);
CREATE VIEW public.t AS SELECT id FROM private.t;
