CREATE TYPE perm AS ENUM ('read', 'admin');
CREATE TABLE members (id int PRIMARY KEY, perms perm[] NOT NULL DEFAULT '{read}');
CREATE INDEX members_perms ON members USING gin (perms);
