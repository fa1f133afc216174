CREATE TABLE contact (id int NOT NULL, email text, CONSTRAINT contact_email_format CHECK (email LIKE '%@%'));
CREATE TABLE geo (lat double precision, lon double precision, CONSTRAINT geo_lat CHECK (lat BETWEEN -90 AND 90));
ALTER TABLE geo ADD CONSTRAINT geo_only_parent_empty CHECK (false) NO INHERIT;
CREATE TABLE store (id int NOT NULL, email text, lat double precision, lon double precision, name text NOT NULL,
  CONSTRAINT contact_email_format CHECK (email LIKE '%@%'), CONSTRAINT geo_lat CHECK (lat BETWEEN -90 AND 90),
  CONSTRAINT store_pkey PRIMARY KEY (id));
ALTER TABLE store INHERIT contact;
ALTER TABLE store INHERIT geo;
