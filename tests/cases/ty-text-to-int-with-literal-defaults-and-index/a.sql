CREATE TABLE profile (id int PRIMARY KEY, age text, score varchar(10) DEFAULT '0', zip text NOT NULL DEFAULT '00000');
CREATE INDEX profile_age ON profile (age);
