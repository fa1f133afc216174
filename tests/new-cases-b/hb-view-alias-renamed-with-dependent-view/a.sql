CREATE TABLE people (id int PRIMARY KEY, first text, last text);
CREATE VIEW people_named AS SELECT id, first || ' ' || last AS name FROM people;
CREATE VIEW people_short AS SELECT id, name FROM people_named WHERE length(name) < 20;
GRANT SELECT ON people_short TO app_reader;
