CREATE TABLE reading (device_id int NOT NULL, seq int NOT NULL, v numeric,
  CONSTRAINT reading_pkey PRIMARY KEY (device_id, seq)) PARTITION BY RANGE (device_id);
CREATE TABLE reading_a PARTITION OF reading FOR VALUES FROM (0) TO (1000);
CREATE TABLE reading_b PARTITION OF reading FOR VALUES FROM (1000) TO (2000);
CREATE INDEX reading_v ON reading (v);
