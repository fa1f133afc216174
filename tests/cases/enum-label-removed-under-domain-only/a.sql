CREATE TYPE st AS ENUM ('a', 'b', 'c');
CREATE DOMAIN live AS st;
