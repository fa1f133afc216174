CREATE EXTENSION hstore VERSION '1.7';
CREATE TABLE item (id int PRIMARY KEY, attrs hstore);
CREATE INDEX item_attrs_gin ON item USING gin (attrs);
