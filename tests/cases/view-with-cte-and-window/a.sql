CREATE TABLE s (id int, g int, v numeric);
