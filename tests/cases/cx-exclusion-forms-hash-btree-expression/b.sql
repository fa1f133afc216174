CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE geo (id int PRIMARY KEY, name text NOT NULL, region text, box_ box, code int4, valid_at tsrange);
ALTER TABLE geo ADD CONSTRAINT geo_name_ex EXCLUDE USING btree (lower(name) COLLATE "C" text_pattern_ops WITH =);
ALTER TABLE geo ADD CONSTRAINT geo_box_ex EXCLUDE USING gist (box_ WITH &&, (coalesce(region, '')) WITH =) WHERE (region IS NOT NULL AND code IN (1, 2, 3));
ALTER TABLE geo ADD CONSTRAINT geo_code_valid_ex EXCLUDE USING gist (code gist_int4_ops WITH =, valid_at WITH &&) DEFERRABLE INITIALLY DEFERRED;
