CREATE TABLE customer (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE note (id int PRIMARY KEY, customer_id int REFERENCES customer, body text);
