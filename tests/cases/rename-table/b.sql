CREATE TABLE people (id int PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE post (id int PRIMARY KEY, user_id int REFERENCES people, body text);
CREATE VIEW user_emails AS SELECT id, email FROM people;
