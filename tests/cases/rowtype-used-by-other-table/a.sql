CREATE TABLE point2 (x int, y int);
