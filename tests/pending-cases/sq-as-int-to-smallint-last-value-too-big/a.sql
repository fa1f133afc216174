CREATE SEQUENCE code_seq AS integer;
CREATE TABLE code (id int PRIMARY KEY DEFAULT nextval('code_seq'));
