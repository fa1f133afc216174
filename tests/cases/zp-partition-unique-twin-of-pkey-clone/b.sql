CREATE TABLE booking (id bigint NOT NULL, room int NOT NULL, night date NOT NULL) PARTITION BY LIST (room);
CREATE TABLE booking_r1 PARTITION OF booking FOR VALUES IN (1);
CREATE TABLE booking_r2 PARTITION OF booking FOR VALUES IN (2);
CREATE UNIQUE INDEX booking_r2_id_room ON booking_r2 (id, room);
CREATE UNIQUE INDEX booking_r1_night ON booking_r1 (night);
ALTER TABLE booking ADD CONSTRAINT booking_pkey PRIMARY KEY (id, room);
