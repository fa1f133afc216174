CREATE TABLE events (id int, at date) PARTITION BY RANGE (at);
CREATE TABLE events_rest PARTITION OF events DEFAULT;
CREATE TABLE audit (tbl regclass, note text);
