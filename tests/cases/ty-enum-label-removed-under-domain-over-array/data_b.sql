INSERT INTO light VALUES (1, '{red,green}', 'red'), (2, NULL, NULL);
