INSERT INTO library_author (name, slug) VALUES ('Ursula K. Le Guin', 'le-guin'), ('Terry Pratchett', 'pratchett');
INSERT INTO library_book (title, isbn, price, published, author_id) VALUES ('The Dispossessed', '9780061054884', 9.99, true, 1), ('Mort', '9780552131063', 7.50, true, 2);
INSERT INTO library_book_tags (book_id, tag) VALUES (1, 'scifi'), (1, 'classic'), (2, 'fantasy');
