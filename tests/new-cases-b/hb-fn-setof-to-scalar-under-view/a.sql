CREATE TABLE tags (id int PRIMARY KEY, name text);
CREATE FUNCTION tag_names() RETURNS SETOF text LANGUAGE sql STABLE AS 'SELECT name FROM tags ORDER BY name';
CREATE VIEW tag_list AS SELECT tag_names() AS name;
