INSERT INTO members VALUES (1, '{read}'), (2, '{read,admin}');
