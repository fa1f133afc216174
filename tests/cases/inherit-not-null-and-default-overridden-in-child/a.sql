CREATE TABLE item (id int NOT NULL, label text, price numeric DEFAULT 0);
CREATE TABLE book (isbn text, price numeric DEFAULT 9.99) INHERITS (item);
CREATE TABLE ebook (format text DEFAULT 'epub') INHERITS (book);
