CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
CREATE TABLE account (id int PRIMARY KEY, login email, backup email);
