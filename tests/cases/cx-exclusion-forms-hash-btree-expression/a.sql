CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE geo (id int PRIMARY KEY, name text NOT NULL, region text, box_ box, code int4, valid_at tsrange);
ALTER TABLE geo ADD CONSTRAINT geo_name_ex EXCLUDE USING hash (name WITH =);
ALTER TABLE geo ADD CONSTRAINT geo_box_ex EXCLUDE USING gist (box_ WITH &&) WHERE (region IS NOT NULL);
