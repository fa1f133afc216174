CREATE TABLE accounts (id int PRIMARY KEY, code text NOT NULL, CONSTRAINT accounts_code_key UNIQUE (code));
CREATE TABLE payments (id int PRIMARY KEY, account_code text REFERENCES accounts (code));
