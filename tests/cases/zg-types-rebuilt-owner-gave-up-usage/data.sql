INSERT INTO swatch VALUES (1, 'red', '#ff0000'), (2, NULL, NULL);
