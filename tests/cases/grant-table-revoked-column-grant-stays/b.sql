CREATE TABLE customers (id int PRIMARY KEY, email text, card text);
GRANT SELECT (id, email), UPDATE (email) ON customers TO app_reader;
