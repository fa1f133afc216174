CREATE TABLE person (id int NOT NULL, name text);
ALTER TABLE person ADD CONSTRAINT person_pkey PRIMARY KEY (id);
ALTER TABLE person ADD CONSTRAINT person_id_uq UNIQUE (id);
CREATE TABLE pet (id int PRIMARY KEY, owner int REFERENCES person (id));
