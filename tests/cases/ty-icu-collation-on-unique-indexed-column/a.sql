CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE person (id int PRIMARY KEY, email text NOT NULL, nick varchar(20));
CREATE UNIQUE INDEX person_email ON person (email);
CREATE INDEX person_nick ON person (nick);
