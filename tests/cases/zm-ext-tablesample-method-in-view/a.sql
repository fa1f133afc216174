CREATE TABLE events (id int PRIMARY KEY, kind text);
CREATE VIEW event_sample AS SELECT id, kind FROM events TABLESAMPLE bernoulli (10) REPEATABLE (42);
