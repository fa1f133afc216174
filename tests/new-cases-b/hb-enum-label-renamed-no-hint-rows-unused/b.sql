CREATE TYPE pub_state AS ENUM ('draft', 'published', 'archived');
CREATE TABLE articles (id int PRIMARY KEY, state pub_state NOT NULL DEFAULT 'draft');
