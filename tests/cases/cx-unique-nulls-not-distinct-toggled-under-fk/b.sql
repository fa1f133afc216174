CREATE TABLE slot (id int PRIMARY KEY, area text, code text, CONSTRAINT slot_area_code_key UNIQUE NULLS NOT DISTINCT (area, code));
CREATE TABLE use_slot (id int PRIMARY KEY, area text, code text, FOREIGN KEY (area, code) REFERENCES slot (area, code) MATCH FULL);
