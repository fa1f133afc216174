CREATE SEQUENCE t_id_seq AS integer;
CREATE TABLE t (id int NOT NULL DEFAULT nextval('t_id_seq'));
CREATE TABLE u (id int DEFAULT nextval('t_id_seq'));
