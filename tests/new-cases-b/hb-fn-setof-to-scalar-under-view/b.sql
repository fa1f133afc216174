CREATE TABLE tags (id int PRIMARY KEY, name text);
CREATE FUNCTION tag_names() RETURNS text LANGUAGE sql STABLE AS 'SELECT string_agg(name, '','' ORDER BY name) FROM tags';
CREATE VIEW tag_list AS SELECT tag_names() AS name;
