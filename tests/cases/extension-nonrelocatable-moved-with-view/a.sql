CREATE EXTENSION xml2;
CREATE TABLE doc (id int, body text);
CREATE VIEW doc_titles AS SELECT id, xpath_string(body, '/doc/title') AS title FROM doc;
