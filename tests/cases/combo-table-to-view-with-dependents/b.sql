CREATE TABLE base (id int, v text, extra int);
CREATE VIEW over_base AS SELECT id, extra FROM base;
CREATE VIEW over_over AS SELECT extra FROM over_base;
