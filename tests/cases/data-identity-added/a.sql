CREATE TABLE note (id int NOT NULL PRIMARY KEY, body text);
