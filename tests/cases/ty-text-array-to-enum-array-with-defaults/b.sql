CREATE TYPE perm AS ENUM ('read', 'write', 'admin');
CREATE TABLE grant_row (id int PRIMARY KEY, perms perm[] NOT NULL DEFAULT '{read}', main perm DEFAULT 'read');
CREATE INDEX grant_row_perms ON grant_row USING gin (perms);
