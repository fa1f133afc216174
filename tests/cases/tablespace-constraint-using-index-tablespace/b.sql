-- The keys' and the exclusion constraint's indexes moved (not rebuilt: same definitions).
CREATE TABLE booking (
  id int,
  code text,
  during int4range,
  CONSTRAINT booking_pkey PRIMARY KEY (id) USING INDEX TABLESPACE schemad_ts1,
  CONSTRAINT booking_code_key UNIQUE (code) USING INDEX TABLESPACE schemad_ts2,
  CONSTRAINT booking_during_excl EXCLUDE USING gist (during WITH &&) USING INDEX TABLESPACE schemad_ts1 WHERE (id > 0)
);
-- Added to an existing table: online, its index is built CONCURRENTLY in the tablespace.
ALTER TABLE booking ADD CONSTRAINT booking_id_code_key UNIQUE (id, code) USING INDEX TABLESPACE schemad_ts2;
-- A new table: USING INDEX TABLESPACE before DEFERRABLE and before an exclusion's WHERE.
CREATE TABLE slot (
  id int,
  during int4range,
  CONSTRAINT slot_pkey PRIMARY KEY (id) INCLUDE (during) USING INDEX TABLESPACE schemad_ts2 DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT slot_during_excl EXCLUDE USING gist (during WITH &&) USING INDEX TABLESPACE schemad_ts2 WHERE (id > 0)
);
