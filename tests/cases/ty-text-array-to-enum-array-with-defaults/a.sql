CREATE TYPE perm AS ENUM ('read', 'write', 'admin');
CREATE TABLE grant_row (id int PRIMARY KEY, perms text[] NOT NULL DEFAULT '{read}', main text DEFAULT 'read');
