CREATE TYPE st AS ENUM ('a', 'c');
CREATE DOMAIN live AS st;
