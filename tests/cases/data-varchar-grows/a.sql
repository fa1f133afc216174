CREATE TABLE person (id int PRIMARY KEY, nick varchar(10) NOT NULL UNIQUE, note varchar(5));
CREATE VIEW person_nicks AS SELECT id, nick FROM person;
