CREATE DOMAIN rating AS int CHECK (VALUE BETWEEN 1 AND 5);
CREATE TABLE review (
  id int PRIMARY KEY,
  stars rating NOT NULL DEFAULT 3,
  body text
);
CREATE INDEX review_stars ON review (stars);
CREATE VIEW good_review AS SELECT id, stars FROM review WHERE stars >= 4;
