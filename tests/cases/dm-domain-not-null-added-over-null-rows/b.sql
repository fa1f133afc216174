CREATE DOMAIN email AS text NOT NULL CHECK (VALUE LIKE '%@%');
CREATE TABLE account (id int PRIMARY KEY, login email, backup email);
