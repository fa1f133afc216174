CREATE EXTENSION hstore VERSION '1.7';
CREATE TABLE item (id int PRIMARY KEY, attrs hstore NOT NULL DEFAULT ''::hstore);
CREATE INDEX item_attrs_gin ON item USING gin (attrs);
CREATE INDEX item_attrs_color ON item ((attrs -> 'color'));
