CREATE TABLE ledger (id int NOT NULL PRIMARY KEY, memo text);
