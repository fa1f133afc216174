INSERT INTO diary VALUES (1, 'sad'), (2, 'ok'), (3, 'happy'), (4, 'sad');
