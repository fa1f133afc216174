CREATE TABLE reading (id bigint NOT NULL, legacy text, at date NOT NULL, v numeric);
ALTER TABLE reading DROP COLUMN legacy;
CREATE INDEX reading_at ON reading (at);
CREATE VIEW reading_recent AS SELECT id, v FROM reading WHERE at > '2024-06-01';
