CREATE TABLE books (id int PRIMARY KEY, isbn text UNIQUE, tolerance text);
CREATE VIEW book_isbns AS SELECT id, isbn FROM books;
