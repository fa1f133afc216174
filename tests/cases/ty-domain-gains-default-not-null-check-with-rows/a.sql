CREATE DOMAIN label AS text;
CREATE TABLE item (id int PRIMARY KEY, lbl label, lbls label[]);
