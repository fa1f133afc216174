CREATE TABLE obs (id bigint NOT NULL, station text NOT NULL, at date NOT NULL, v numeric,
  CONSTRAINT obs_pkey PRIMARY KEY (id, station) USING INDEX TABLESPACE schemad_ts1) PARTITION BY LIST (station) TABLESPACE schemad_ts1;
CREATE TABLE obs_north PARTITION OF obs FOR VALUES IN ('n1', 'n2') TABLESPACE schemad_ts2;
CREATE TABLE obs_south PARTITION OF obs FOR VALUES IN ('s1') TABLESPACE pg_default;
CREATE TABLE obs_rest PARTITION OF obs DEFAULT;
CREATE INDEX obs_at ON obs (at) TABLESPACE schemad_ts2;
ALTER INDEX obs_south_at_idx SET TABLESPACE pg_default;
ALTER INDEX obs_north_pkey SET TABLESPACE schemad_ts2;
