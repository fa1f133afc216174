CREATE TABLE event (region text NOT NULL, id int NOT NULL, note text) PARTITION BY LIST (region);
CREATE TABLE event_eu PARTITION OF event FOR VALUES IN ('eu', 'EU');
CREATE TABLE event_us PARTITION OF event FOR VALUES IN ('us');
