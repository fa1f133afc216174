CREATE TABLE account (id int PRIMARY KEY, email text);
CREATE TABLE session (id int PRIMARY KEY, account_id int NOT NULL REFERENCES account (id) ON DELETE CASCADE);
