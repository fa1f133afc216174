CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL);
CREATE INDEX accounts_email ON accounts (email);
