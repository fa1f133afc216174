CREATE TABLE paint (id int PRIMARY KEY, c text NOT NULL DEFAULT 'red', extra text[]);
