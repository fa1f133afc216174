CREATE TABLE "we""ird" (id int);
