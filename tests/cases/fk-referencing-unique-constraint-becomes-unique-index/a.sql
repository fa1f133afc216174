CREATE TABLE account (id int PRIMARY KEY, code text NOT NULL, CONSTRAINT account_code_key UNIQUE (code));
CREATE TABLE transfer (id int PRIMARY KEY, from_code text REFERENCES account (code), to_code text REFERENCES account (code) ON UPDATE CASCADE);
