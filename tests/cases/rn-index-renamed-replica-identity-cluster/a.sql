CREATE TABLE public.devices (
  id int NOT NULL,
  serial_no text NOT NULL,
  site text NOT NULL,
  installed date
);
CREATE UNIQUE INDEX devices_serial_ux ON public.devices (serial_no);
ALTER TABLE public.devices REPLICA IDENTITY USING INDEX devices_serial_ux;
CREATE INDEX devices_site_ix ON public.devices (site, installed);
ALTER TABLE public.devices CLUSTER ON devices_site_ix;
CREATE UNIQUE INDEX devices_id_ux ON public.devices (id);
ALTER TABLE public.devices ADD CONSTRAINT devices_pk PRIMARY KEY USING INDEX devices_id_ux;
CREATE TABLE public.readings (device_id int REFERENCES public.devices (id), v int);
