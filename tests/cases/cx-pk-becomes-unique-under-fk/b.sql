CREATE TABLE account (id int NOT NULL, email text, CONSTRAINT account_id_key UNIQUE (id));
CREATE TABLE session (id int PRIMARY KEY, account_id int NOT NULL REFERENCES account (id) ON DELETE CASCADE);
