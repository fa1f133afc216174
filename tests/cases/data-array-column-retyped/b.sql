CREATE TABLE survey (id int PRIMARY KEY, answers bigint[] NOT NULL DEFAULT '{}', tags text[]);
