-- btree_gist 1.2 -> 1.7 under an exclusion constraint and a multicolumn gist index that use its opclasses (and back: no
-- downgrade path, so the constraint and index go, the extension is re-created, and they come back over the kept rows).
CREATE EXTENSION btree_gist VERSION '1.2';
CREATE TABLE room (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE booking (
  id int PRIMARY KEY,
  room_id int NOT NULL REFERENCES room (id),
  during tsrange NOT NULL,
  label text,
  CONSTRAINT booking_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE (label IS DISTINCT FROM 'cancelled')
);
CREATE INDEX booking_label_gist ON booking USING gist (label, room_id);
