CREATE TYPE color AS ENUM ('red', 'green', 'blue');
CREATE TABLE paint (id int PRIMARY KEY, c color NOT NULL DEFAULT 'red', extra color[]);
