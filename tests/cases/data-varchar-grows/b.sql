CREATE TABLE person (id int PRIMARY KEY, nick varchar(40) NOT NULL UNIQUE, note text);
CREATE VIEW person_nicks AS SELECT id, nick FROM person;
