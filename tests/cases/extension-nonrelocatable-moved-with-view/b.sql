CREATE SCHEMA xmlx;
CREATE EXTENSION xml2 SCHEMA xmlx;
CREATE TABLE doc (id int, body text);
CREATE VIEW doc_titles AS SELECT id, xmlx.xpath_string(body, '/doc/title') AS title FROM doc;
