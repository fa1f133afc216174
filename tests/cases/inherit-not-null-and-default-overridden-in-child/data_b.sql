INSERT INTO item (id, label) VALUES (1, 'pen');
INSERT INTO book (id, label, isbn) VALUES (2, 'novel', '978-1');
INSERT INTO ebook (id, label, isbn) VALUES (3, 'guide', '978-2');
