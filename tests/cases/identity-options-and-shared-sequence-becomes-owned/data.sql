INSERT INTO ticket (subject) VALUES ('a'), ('b'), ('c');
INSERT INTO ticket_archive (subject) VALUES ('old');
