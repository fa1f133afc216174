DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zp_archiver') THEN CREATE ROLE zp_archiver NOLOGIN; END IF;
END $$;
CREATE TABLE region (code text PRIMARY KEY);
CREATE TABLE shop (id bigint NOT NULL, region text NOT NULL REFERENCES region, opened date NOT NULL, CONSTRAINT shop_opened_sane CHECK (opened > '1900-01-01'), PRIMARY KEY (id, opened)) PARTITION BY RANGE (opened);
CREATE TABLE shop_old PARTITION OF shop FOR VALUES FROM (MINVALUE) TO ('2020-01-01');
CREATE TABLE shop_new PARTITION OF shop FOR VALUES FROM ('2020-01-01') TO (MAXVALUE);
ALTER TABLE shop_old OWNER TO zp_archiver;
COMMENT ON COLUMN shop_old.region IS 'frozen: regions as of 2019';
COMMENT ON CONSTRAINT shop_region_fkey ON shop_old IS 'clone of the parent key';
COMMENT ON CONSTRAINT shop_opened_sane ON shop_new IS 'inherited check';
COMMENT ON CONSTRAINT shop_new_pkey ON shop_new IS 'clone pkey';
COMMENT ON TABLE shop_old IS 'read only';
