CREATE TABLE author (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE book (id int PRIMARY KEY, title text NOT NULL, author_id int REFERENCES author);
CREATE VIEW book_by AS SELECT b.title, a.name FROM book b JOIN author a ON a.id = b.author_id;
