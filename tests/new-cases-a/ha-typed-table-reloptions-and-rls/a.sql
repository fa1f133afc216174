CREATE TYPE person AS (name text, email text);
CREATE TABLE people OF person (PRIMARY KEY (email));
