CREATE TABLE author (id int PRIMARY KEY, name text NOT NULL, bio text, website text, verified boolean DEFAULT false);
CREATE TABLE book (id int PRIMARY KEY, author_id int REFERENCES author, title text NOT NULL);
CREATE TABLE shelf (id int PRIMARY KEY, label text);
