CREATE TABLE item (id int PRIMARY KEY, code text NOT NULL, label text);
CREATE UNIQUE INDEX item_code_old ON item (code);
CREATE UNIQUE INDEX item_code_new ON item (code) INCLUDE (label);
CREATE TABLE stock (id int PRIMARY KEY, code text REFERENCES item (code));
