CREATE TYPE size AS ENUM ('small', 'large', 'medium');
CREATE TABLE shirt (id int PRIMARY KEY, sz size NOT NULL, CONSTRAINT not_huge CHECK (sz <> 'large' OR id > 0));
