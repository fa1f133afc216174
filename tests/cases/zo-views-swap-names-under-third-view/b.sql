CREATE TABLE person (id int PRIMARY KEY, name text NOT NULL, age int NOT NULL);
CREATE VIEW adults AS SELECT id, age FROM person WHERE age < 18;
CREATE VIEW minors AS SELECT id, name FROM person WHERE age >= 18;
CREATE VIEW census AS SELECT (SELECT count(*) FROM minors) AS a, (SELECT max(age) FROM adults) AS m;
