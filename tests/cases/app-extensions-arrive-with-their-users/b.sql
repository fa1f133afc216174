CREATE EXTENSION btree_gist;
CREATE EXTENSION "uuid-ossp";
CREATE EXTENSION citext;
CREATE DOMAIN email AS citext CHECK (VALUE ~ '^[^@]+@[^@]+$');
CREATE TABLE rooms (id int PRIMARY KEY, name text NOT NULL, public_id uuid NOT NULL DEFAULT uuid_generate_v4());
CREATE TABLE bookings (
  id int PRIMARY KEY,
  room_id int NOT NULL REFERENCES rooms(id),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  guest_email email NOT NULL,
  during tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at)) STORED,
  CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)
);
