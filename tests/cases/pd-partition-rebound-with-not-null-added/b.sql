-- A range partition shrinks (a new sibling takes its tail, rows move) in the
-- release that makes a column NOT NULL and gives it a default on the parent;
-- the detached partition must end up with the same column definitions.
CREATE TABLE bookings (id int NOT NULL, day date NOT NULL, guest text NOT NULL DEFAULT 'anonymous', PRIMARY KEY (id, day)) PARTITION BY RANGE (day);
CREATE TABLE bookings_2024h1 PARTITION OF bookings FOR VALUES FROM ('2024-01-01') TO ('2024-07-01');
CREATE TABLE bookings_2024h2 PARTITION OF bookings FOR VALUES FROM ('2024-07-01') TO ('2025-01-01');
