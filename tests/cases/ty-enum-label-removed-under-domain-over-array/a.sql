CREATE TYPE flag AS ENUM ('red', 'amber', 'green');
CREATE DOMAIN flags AS flag[] CHECK (cardinality(VALUE) <= 3);
CREATE TABLE light (id int PRIMARY KEY, fs flags, f flag);
