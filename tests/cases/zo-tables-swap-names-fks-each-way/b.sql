CREATE TABLE book (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE author (id int PRIMARY KEY, title text NOT NULL, author_id int REFERENCES book);
CREATE VIEW book_by AS SELECT b.title, a.name FROM author b JOIN book a ON a.id = b.author_id;
