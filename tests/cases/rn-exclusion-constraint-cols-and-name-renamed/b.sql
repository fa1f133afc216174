CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE public.reservations (
  id int PRIMARY KEY,
  room_id int NOT NULL,
  period tstzrange NOT NULL,
  CONSTRAINT reservations_no_overlap EXCLUDE USING gist (room_id WITH =, period WITH &&) WHERE (room_id > 0)
);
CREATE INDEX reservations_period_idx ON public.reservations USING gist (period);
