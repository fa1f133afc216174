CREATE TYPE perm AS ENUM ('read', 'write', 'admin');
CREATE TABLE members (id int PRIMARY KEY, perms perm[] NOT NULL DEFAULT '{read,write}');
CREATE INDEX members_perms ON members USING gin (perms);
