CREATE DOMAIN plain_nn AS int NOT NULL;
CREATE DOMAIN named_nn AS int CONSTRAINT named_required NOT NULL;
CREATE DOMAIN gets_nn AS text;
CREATE TABLE t (a plain_nn, b named_nn, c gets_nn);
