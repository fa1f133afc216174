CREATE TYPE vis AS ENUM ('private', 'unlisted', 'public');
CREATE TABLE posts (id int PRIMARY KEY, v vis NOT NULL);
ALTER TABLE posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY posts_visible ON posts FOR SELECT USING (v IN ('public', 'unlisted'));
CREATE VIEW unlisted_posts AS SELECT id FROM posts WHERE v = 'unlisted';
