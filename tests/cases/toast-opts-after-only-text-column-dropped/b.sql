CREATE TABLE jobs (id int PRIMARY KEY, attempts int);
