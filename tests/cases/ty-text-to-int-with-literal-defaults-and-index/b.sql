CREATE TABLE profile (id int PRIMARY KEY, age int, score int DEFAULT 0, zip int NOT NULL DEFAULT 0);
CREATE INDEX profile_age ON profile (age);
