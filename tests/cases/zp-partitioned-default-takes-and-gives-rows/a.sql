CREATE TABLE item (id int NOT NULL, cat text NOT NULL, yr int NOT NULL) PARTITION BY LIST (cat);
CREATE TABLE item_books PARTITION OF item FOR VALUES IN ('books', 'comics');
CREATE TABLE item_other PARTITION OF item DEFAULT PARTITION BY RANGE (yr);
CREATE TABLE item_other_old PARTITION OF item_other FOR VALUES FROM (MINVALUE) TO (2020);
CREATE TABLE item_other_new PARTITION OF item_other DEFAULT;
CREATE INDEX item_yr ON item (yr);
