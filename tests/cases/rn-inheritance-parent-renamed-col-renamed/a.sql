CREATE TABLE public.vehicle (
  id int PRIMARY KEY,
  plate text NOT NULL CHECK (plate <> ''),
  made smallint
);
CREATE TABLE public.car (doors int) INHERITS (public.vehicle);
CREATE TABLE public.truck (axles int NOT NULL DEFAULT 2) INHERITS (public.vehicle);
ALTER TABLE public.truck ADD PRIMARY KEY (id);
CREATE INDEX truck_plate_idx ON public.truck (plate);
CREATE VIEW public.all_plates AS SELECT plate FROM public.vehicle;
