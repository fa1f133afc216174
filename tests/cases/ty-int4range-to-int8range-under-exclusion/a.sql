CREATE TABLE slot (id int PRIMARY KEY, span int4range NOT NULL,
  CONSTRAINT slot_no_overlap EXCLUDE USING gist (span WITH &&));
