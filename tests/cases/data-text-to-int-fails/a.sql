CREATE TABLE reading (id int PRIMARY KEY, value text, label text NOT NULL);
CREATE INDEX reading_label ON reading (label);
