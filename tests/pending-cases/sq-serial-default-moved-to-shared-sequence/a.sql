CREATE TABLE invoice (id serial PRIMARY KEY, total numeric);
CREATE TABLE credit_note (id serial PRIMARY KEY, total numeric);
