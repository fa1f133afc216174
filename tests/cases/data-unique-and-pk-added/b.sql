CREATE TABLE sku (code text NOT NULL PRIMARY KEY, ean text UNIQUE, name text);
