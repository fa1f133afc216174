INSERT INTO person VALUES ('Åsa'), ('Zoe');
