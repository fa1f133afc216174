CREATE TABLE jobs (id int PRIMARY KEY, state text);
CREATE RULE jobs_notify AS ON INSERT TO jobs DO ALSO NOTIFY jobs_changed;
CREATE RULE jobs_two AS ON UPDATE TO jobs DO ALSO (NOTIFY jobs_done; NOTIFY jobs_changed);
