CREATE TABLE queue (id serial PRIMARY KEY, slot int NOT NULL, note text);
