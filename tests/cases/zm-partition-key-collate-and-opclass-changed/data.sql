INSERT INTO codes VALUES ('ALPHA', 'a'), ('BRAVO', 'b'), ('NOVEMBER', 'n'), ('ZULU', 'z');
INSERT INTO tags VALUES ('x', 1), ('q', 2);
