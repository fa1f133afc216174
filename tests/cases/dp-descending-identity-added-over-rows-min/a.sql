CREATE TABLE ledger_adjustment (id int NOT NULL PRIMARY KEY, amount numeric NOT NULL);
