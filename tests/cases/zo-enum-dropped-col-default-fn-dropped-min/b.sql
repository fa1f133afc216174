CREATE TABLE job (id int PRIMARY KEY, ph text NOT NULL DEFAULT 'todo');
