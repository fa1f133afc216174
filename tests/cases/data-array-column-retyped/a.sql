CREATE TABLE survey (id int PRIMARY KEY, answers int[] NOT NULL DEFAULT '{}', tags varchar(10)[]);
