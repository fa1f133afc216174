CREATE TABLE item (id int PRIMARY KEY, qty int DEFAULT 1, created date DEFAULT '2025-01-01', tag text DEFAULT 'none');
