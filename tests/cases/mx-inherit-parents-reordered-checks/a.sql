-- Parents listed in another order: the child leaves and joins again, keeping what they give
-- inherited only (columns, a NOT NULL column, a CHECK, a column both give).
CREATE TABLE p1 (a int NOT NULL, shared text, CONSTRAINT a_positive CHECK (a > 0));
CREATE TABLE p2 (b text DEFAULT 'x', shared text);
CREATE TABLE ch (own int) INHERITS (p1, p2);
