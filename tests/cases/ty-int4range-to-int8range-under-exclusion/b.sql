CREATE TABLE slot (id int PRIMARY KEY, span int8range NOT NULL,
  CONSTRAINT slot_no_overlap EXCLUDE USING gist (span WITH &&));
