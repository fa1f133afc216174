CREATE TYPE status AS ENUM ('open', 'hold', 'done');
CREATE TABLE task (id int PRIMARY KEY, st status NOT NULL,
  is_open boolean GENERATED ALWAYS AS (st = 'open'::status) STORED);
CREATE STATISTICS task_st_stats (ndistinct) ON id, st FROM task;
