CREATE TABLE member (id int PRIMARY KEY, email text NOT NULL, CONSTRAINT member_email_key UNIQUE (email));
