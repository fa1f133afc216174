CREATE EXTENSION isn;
CREATE EXTENSION seg;
CREATE TABLE books (id int PRIMARY KEY, isbn isbn13 UNIQUE, tolerance seg);
CREATE INDEX books_tolerance ON books USING gist (tolerance);
CREATE VIEW book_isbns AS SELECT id, isbn FROM books;
