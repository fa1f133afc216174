CREATE EXTENSION citext;
CREATE TABLE author (email text PRIMARY KEY, name text);
CREATE TABLE book (id int PRIMARY KEY, author_email text REFERENCES author (email) ON UPDATE CASCADE);
CREATE INDEX book_author ON book (author_email);
