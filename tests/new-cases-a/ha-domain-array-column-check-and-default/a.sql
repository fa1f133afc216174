CREATE DOMAIN score AS smallint CHECK (VALUE BETWEEN 0 AND 100);
CREATE TABLE exams (id int PRIMARY KEY, scores score[]);
