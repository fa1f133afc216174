CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE event (region text COLLATE ci NOT NULL, id int NOT NULL, note text) PARTITION BY LIST (region);
CREATE TABLE event_eu PARTITION OF event FOR VALUES IN ('eu');
CREATE TABLE event_us PARTITION OF event FOR VALUES IN ('us');
