INSERT INTO import_rows (line) VALUES ('a'), ('b');
