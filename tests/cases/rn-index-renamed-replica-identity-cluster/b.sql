CREATE TABLE public.devices (
  id int NOT NULL,
  serial_number text NOT NULL,
  site text NOT NULL,
  installed date
);
CREATE UNIQUE INDEX devices_serial_number_key ON public.devices (serial_number);
ALTER TABLE public.devices REPLICA IDENTITY USING INDEX devices_serial_number_key;
CREATE INDEX devices_by_site ON public.devices (site, installed);
ALTER TABLE public.devices CLUSTER ON devices_by_site;
CREATE UNIQUE INDEX devices_pkey ON public.devices (id);
ALTER TABLE public.devices ADD CONSTRAINT devices_pkey PRIMARY KEY USING INDEX devices_pkey;
CREATE TABLE public.readings (device_id int REFERENCES public.devices (id), v int);
