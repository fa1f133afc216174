CREATE TABLE acct (id int PRIMARY KEY, owner text, balance int);
