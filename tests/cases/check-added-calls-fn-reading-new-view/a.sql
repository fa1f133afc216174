CREATE TABLE signups (id int PRIMARY KEY, email text NOT NULL);
