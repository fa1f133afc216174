CREATE TYPE prio AS ENUM ('low', 'mid', 'high');
CREATE TABLE issue (id int PRIMARY KEY, p prio NOT NULL);
CREATE MATERIALIZED VIEW issue_high AS SELECT id, p FROM issue WHERE p = 'high';
CREATE UNIQUE INDEX issue_high_id ON issue_high (id);
