CREATE DOMAIN label AS text DEFAULT 'none' NOT NULL CONSTRAINT label_not_blank CHECK (VALUE <> '');
CREATE TABLE item (id int PRIMARY KEY, lbl label, lbls label[]);
