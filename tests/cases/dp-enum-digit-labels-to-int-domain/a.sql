CREATE TYPE rating AS ENUM ('1', '2', '3', '4', '5');
CREATE TABLE review (
  id int PRIMARY KEY,
  stars rating NOT NULL DEFAULT '3',
  body text
);
CREATE INDEX review_stars ON review (stars);
CREATE VIEW good_review AS SELECT id, stars FROM review WHERE stars >= '4';
