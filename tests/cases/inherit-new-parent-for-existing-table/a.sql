CREATE TABLE c (a int, z int);
