-- An inner view's output column changes type (a cast is added), which CREATE OR REPLACE VIEW
-- cannot do; the outer auto-updatable view WITH CASCADED CHECK OPTION, a security_barrier view
-- and a SQL function over the outer view must be re-created around it.
CREATE TABLE reservation (id int PRIMARY KEY, seats int NOT NULL, room text NOT NULL);
CREATE VIEW reservation_base AS SELECT id, seats, room FROM reservation;
CREATE VIEW small_reservations AS SELECT id, seats, room FROM reservation_base WHERE seats < 10 WITH CASCADED CHECK OPTION;
CREATE VIEW small_room_a WITH (security_barrier) AS SELECT id, seats FROM small_reservations WHERE room = 'A';
CREATE FUNCTION small_total() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT sum(seats) FROM small_reservations; END;
GRANT SELECT, INSERT, UPDATE ON small_reservations TO app_writer;
