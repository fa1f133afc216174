INSERT INTO region VALUES ('eu', 'Europe'), ('us', 'USA');
INSERT INTO store VALUES (1, 'eu');
INSERT INTO region_stats VALUES ('eu', 1), ('us', 0);
INSERT INTO report VALUES (1, 'eu');
