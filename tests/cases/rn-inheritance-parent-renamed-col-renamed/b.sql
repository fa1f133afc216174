CREATE TABLE public.fleet_vehicle (
  id int PRIMARY KEY,
  registration text NOT NULL CHECK (registration <> ''),
  made smallint
);
CREATE TABLE public.car (doors int) INHERITS (public.fleet_vehicle);
CREATE TABLE public.lorry (axles int NOT NULL DEFAULT 2, payload_t int) INHERITS (public.fleet_vehicle);
ALTER TABLE public.lorry ADD PRIMARY KEY (id);
CREATE INDEX lorry_registration_idx ON public.lorry (registration);
CREATE VIEW public.all_plates AS SELECT registration AS plate FROM public.fleet_vehicle;
