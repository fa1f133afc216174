CREATE SEQUENCE code_seq AS smallint;
CREATE TABLE code (id int PRIMARY KEY DEFAULT nextval('code_seq'));
