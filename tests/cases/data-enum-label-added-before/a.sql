CREATE TYPE level AS ENUM ('low', 'high');
CREATE TABLE alarm (id int PRIMARY KEY, lvl level NOT NULL DEFAULT 'low');
