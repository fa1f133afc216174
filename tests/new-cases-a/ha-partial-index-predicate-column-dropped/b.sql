CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX accounts_email_live ON accounts (email);
