CREATE TYPE c AS ENUM ('r', 'b');
CREATE TABLE px (c c);
CREATE VIEW reds AS SELECT * FROM px WHERE c = 'r';
