CREATE TABLE slots (id int PRIMARY KEY, pos int NOT NULL, CONSTRAINT slots_pos_key UNIQUE (pos));
CREATE TABLE slot_notes (id int PRIMARY KEY, pos int REFERENCES slots (pos));
