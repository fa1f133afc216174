CREATE TYPE q AS ENUM ('plain');
