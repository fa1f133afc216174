CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TYPE public.booking_status AS ENUM ('tentative', 'confirmed', 'cancelled', 'no_show');
CREATE TABLE public.rooms (id smallint PRIMARY KEY, name text NOT NULL, capacity smallint NOT NULL, floor smallint);
CREATE TABLE public.bookings (
  id bigserial PRIMARY KEY,
  room_id smallint NOT NULL REFERENCES public.rooms(id),
  booked_by text NOT NULL,
  during tstzrange NOT NULL,
  status public.booking_status NOT NULL DEFAULT 'confirmed',
  attendees smallint NOT NULL DEFAULT 1,
  CONSTRAINT bookings_during_bounded CHECK (NOT lower_inf(during) AND NOT upper_inf(during)),
  CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE (status IN ('tentative', 'confirmed')) DEFERRABLE INITIALLY IMMEDIATE
);
CREATE INDEX bookings_booked_by_idx ON public.bookings (booked_by, lower(during));
CREATE INDEX bookings_during_idx ON public.bookings USING gist (during);
CREATE VIEW public.room_schedule AS
  SELECT r.name, b.booked_by, lower(b.during) AS starts_at, upper(b.during) AS ends_at, b.status, b.attendees
  FROM public.bookings b JOIN public.rooms r ON r.id = b.room_id WHERE b.status IN ('tentative', 'confirmed');
