CREATE TABLE region (code text COLLATE "C" PRIMARY KEY, name text);
CREATE TABLE office (id int PRIMARY KEY, region_code text COLLATE "C" REFERENCES region (code));
CREATE INDEX office_region ON office (region_code);
