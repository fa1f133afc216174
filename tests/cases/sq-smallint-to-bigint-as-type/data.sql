INSERT INTO ticket (subject) VALUES ('a'), ('b');
