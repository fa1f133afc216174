CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE public.rooms (id smallint PRIMARY KEY, name text NOT NULL, capacity smallint NOT NULL);
CREATE TABLE public.bookings (
  id bigserial PRIMARY KEY,
  room_id smallint NOT NULL REFERENCES public.rooms(id),
  booked_by text NOT NULL,
  during tstzrange NOT NULL,
  status text NOT NULL DEFAULT 'confirmed',
  CONSTRAINT bookings_status_check CHECK (status IN ('tentative', 'confirmed', 'cancelled')),
  CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE (status <> 'cancelled')
);
CREATE INDEX bookings_booked_by_idx ON public.bookings (booked_by, lower(during));
CREATE VIEW public.room_schedule AS
  SELECT r.name, b.booked_by, lower(b.during) AS starts_at, upper(b.during) AS ends_at, b.status
  FROM public.bookings b JOIN public.rooms r ON r.id = b.room_id WHERE b.status <> 'cancelled';
