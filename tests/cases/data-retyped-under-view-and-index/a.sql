CREATE TABLE metric (id int PRIMARY KEY, host varchar(20) NOT NULL, value int NOT NULL);
CREATE INDEX metric_host_value ON metric (host, value);
CREATE VIEW metric_big AS SELECT host, value FROM metric WHERE value > 100;
