INSERT INTO category VALUES ('book', 'Books'), ('film', 'Films'); INSERT INTO product VALUES (1, 'book'), (2, 'film'), (3, 'book');
