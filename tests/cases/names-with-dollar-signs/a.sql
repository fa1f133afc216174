CREATE TABLE acct$log (id$ int PRIMARY KEY, k$ int NOT NULL);
