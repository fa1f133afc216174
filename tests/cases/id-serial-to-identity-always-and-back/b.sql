CREATE TABLE customer (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE TABLE note (id int PRIMARY KEY, customer_id int REFERENCES customer, body text);
