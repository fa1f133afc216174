CREATE TABLE point2 (x int, y int);
CREATE TABLE shape (id int, corner point2);
