DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zp_archiver') THEN CREATE ROLE zp_archiver NOLOGIN; END IF;
END $$;
CREATE TABLE region (code text PRIMARY KEY);
CREATE TABLE shop (id bigint NOT NULL, region text NOT NULL REFERENCES region, opened date NOT NULL, CONSTRAINT shop_opened_sane CHECK (opened > '1900-01-01'), PRIMARY KEY (id, opened)) PARTITION BY RANGE (opened);
CREATE TABLE shop_old PARTITION OF shop FOR VALUES FROM (MINVALUE) TO ('2020-01-01');
CREATE TABLE shop_new PARTITION OF shop FOR VALUES FROM ('2020-01-01') TO (MAXVALUE);
