CREATE TABLE line (id int PRIMARY KEY, qty int NOT NULL, unit_cents int NOT NULL);
