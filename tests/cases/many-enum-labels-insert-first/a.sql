CREATE TYPE e AS ENUM ('b', 'd');
