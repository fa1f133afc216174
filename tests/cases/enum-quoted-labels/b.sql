CREATE TYPE q AS ENUM ('plain', 'it''s', 'say "hi"', 'ünï', 'with space');
