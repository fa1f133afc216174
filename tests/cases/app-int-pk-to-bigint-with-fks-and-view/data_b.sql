INSERT INTO authors (handle) VALUES ('ann'), ('bob');
INSERT INTO posts (author_id, title, score) VALUES (1, 'Hello', 3), (2, 'World', 0);
INSERT INTO comments (post_id, author_id, parent_id, body) VALUES (1, 2, NULL, 'nice'), (1, 1, 1, 'thanks'), (2, NULL, NULL, 'anon');
