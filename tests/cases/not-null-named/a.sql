CREATE TABLE t (a int NOT NULL, b int CONSTRAINT b_nn NOT NULL, c int, d int NOT NULL, e int CONSTRAINT e_keep NOT NULL);
CREATE TABLE parent (id int NOT NULL NO INHERIT);
