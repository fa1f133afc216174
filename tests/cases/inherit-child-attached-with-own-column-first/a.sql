CREATE TABLE p (a int);
