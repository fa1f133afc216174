CREATE TABLE score (player int NOT NULL, pts int NOT NULL, at date NOT NULL) PARTITION BY RANGE (pts);
CREATE TABLE score_low PARTITION OF score FOR VALUES FROM (0) TO (100);
CREATE TABLE score_high PARTITION OF score FOR VALUES FROM (100) TO (1000);
CREATE INDEX score_player ON score (player);
