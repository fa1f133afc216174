CREATE TABLE account (id int PRIMARY KEY, code text NOT NULL);
CREATE UNIQUE INDEX account_code_key ON account (code) WITH (fillfactor = 80);
CREATE TABLE transfer (id int PRIMARY KEY, from_code text REFERENCES account (code), to_code text REFERENCES account (code) ON UPDATE CASCADE);
