CREATE TABLE visit (id int PRIMARY KEY, at timestamptz, page text, referrer text);
ALTER TABLE visit CLUSTER ON visit_pkey;
