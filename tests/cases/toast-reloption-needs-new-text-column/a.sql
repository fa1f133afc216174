CREATE TABLE counters (id int PRIMARY KEY, n int);
