CREATE TABLE perm (id int PRIMARY KEY, flags bit varying(4), code char(8));
