CREATE TABLE p1 (a int, m text NOT NULL, CONSTRAINT a_pos CHECK (a > 0));
CREATE TABLE p2 (m text NOT NULL, b int DEFAULT 7, CONSTRAINT m_short CHECK (length(m) < 10));
CREATE TABLE ch (m text NOT NULL, c int);
CREATE TABLE gc (g int) INHERITS (ch);
CREATE INDEX gc_m ON gc (m);
CREATE VIEW p1_all AS SELECT a, m FROM p1;
