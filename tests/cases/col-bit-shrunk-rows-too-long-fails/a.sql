CREATE TABLE perm (id int PRIMARY KEY, flags bit varying(16), code char(8));
