CREATE TABLE café (id int PRIMARY KEY, naïve text, "Ünï Cödé" int);
CREATE VIEW "vüe" AS SELECT naïve FROM café;
