CREATE TABLE base (id int, v text);
CREATE VIEW over_base AS SELECT id FROM base;
