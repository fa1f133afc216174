CREATE TABLE visit (id int PRIMARY KEY, at timestamptz, page text);
