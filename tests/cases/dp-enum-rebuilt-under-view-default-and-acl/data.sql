INSERT INTO entry VALUES (1, 'happy'), (2, 'sad');
