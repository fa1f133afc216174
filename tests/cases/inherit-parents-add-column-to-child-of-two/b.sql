-- Both parents gain n (merged on ch, inherited twice), p2 also m: each ADD COLUMN recurses.
CREATE TABLE p1 (a int, n int);
CREATE TABLE p2 (b int, n int, m text DEFAULT 'm');
CREATE TABLE ch (own int) INHERITS (p1, p2);
