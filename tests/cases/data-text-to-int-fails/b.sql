CREATE TABLE reading (id int PRIMARY KEY, value integer, label text NOT NULL);
CREATE INDEX reading_label ON reading (label);
CREATE INDEX reading_value ON reading (value);
