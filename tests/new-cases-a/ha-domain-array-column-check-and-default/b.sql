CREATE DOMAIN score AS smallint CHECK (VALUE BETWEEN 0 AND 100);
CREATE TABLE exams (id int PRIMARY KEY, scores score[] NOT NULL DEFAULT '{}' CHECK (cardinality(scores) <= 10));
CREATE INDEX exams_scores ON exams USING gin ((scores::smallint[]));
