CREATE TABLE item (id int NOT NULL, label text NOT NULL DEFAULT '', price numeric DEFAULT 1);
CREATE TABLE book (isbn text NOT NULL, price numeric DEFAULT 12.50) INHERITS (item);
CREATE TABLE ebook (format text DEFAULT 'pdf', price numeric DEFAULT 4.99) INHERITS (book);
