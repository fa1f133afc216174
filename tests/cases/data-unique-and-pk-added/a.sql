CREATE TABLE sku (code text NOT NULL, ean text, name text);
