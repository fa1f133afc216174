CREATE TABLE owners (id int NOT NULL, name text NOT NULL) PARTITION BY LIST (name);
CREATE TABLE owners_a PARTITION OF owners FOR VALUES IN ('o''brien', 'a,b', 'x$moverows$y');
CREATE TABLE owners_b PARTITION OF owners FOR VALUES IN ('plain', E'tab\there');
