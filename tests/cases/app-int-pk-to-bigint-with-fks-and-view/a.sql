CREATE TABLE authors (
  id serial PRIMARY KEY,
  handle varchar(40) NOT NULL UNIQUE
);
CREATE TABLE posts (
  id serial PRIMARY KEY,
  author_id integer NOT NULL REFERENCES authors(id) ON DELETE CASCADE,
  title text NOT NULL,
  score integer NOT NULL DEFAULT 0 CHECK (score >= 0)
);
CREATE INDEX posts_author_id_idx ON posts (author_id);
CREATE TABLE comments (
  id serial PRIMARY KEY,
  post_id integer NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  author_id integer REFERENCES authors(id) ON DELETE SET NULL,
  parent_id integer REFERENCES comments(id),
  body text NOT NULL
);
CREATE INDEX comments_post_id_idx ON comments (post_id, id);
CREATE VIEW post_stats AS
  SELECT p.id, p.author_id, count(c.id) AS n_comments
  FROM posts p LEFT JOIN comments c ON c.post_id = p.id GROUP BY p.id, p.author_id;
