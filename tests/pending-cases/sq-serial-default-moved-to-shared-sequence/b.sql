CREATE SEQUENCE document_no_seq AS integer START 1000;
CREATE TABLE invoice (id integer NOT NULL DEFAULT nextval('document_no_seq') PRIMARY KEY, total numeric);
CREATE TABLE credit_note (id integer NOT NULL DEFAULT nextval('document_no_seq') PRIMARY KEY, total numeric);
