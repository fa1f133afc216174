-- 17: a domain's NOT NULL is a named constraint: renamed, added with a name, created named.
CREATE DOMAIN plain_nn AS int CONSTRAINT plain_required NOT NULL;
CREATE DOMAIN named_nn AS int NOT NULL;
CREATE DOMAIN gets_nn AS text CONSTRAINT "gets nn" NOT NULL;
CREATE DOMAIN fresh AS bigint DEFAULT 1 CONSTRAINT fresh_nn NOT NULL CHECK (VALUE > 0);
CREATE TABLE t (a plain_nn, b named_nn, c gets_nn, d fresh);
