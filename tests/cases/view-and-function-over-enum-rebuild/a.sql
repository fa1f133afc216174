CREATE TYPE c AS ENUM ('r', 'g', 'b');
CREATE TABLE px (c c);
CREATE VIEW reds AS SELECT * FROM px WHERE c = 'r';
