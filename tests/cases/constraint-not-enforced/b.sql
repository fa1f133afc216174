-- 18: NOT ENFORCED checks and foreign keys; a foreign key switches in place, a check is
-- dropped and added.
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int, pid int, qid int,
  CONSTRAINT fk FOREIGN KEY (pid) REFERENCES p NOT ENFORCED,
  CONSTRAINT fk_loose FOREIGN KEY (qid) REFERENCES p,
  CONSTRAINT ck CHECK (id > 0) NOT ENFORCED,
  CONSTRAINT ck_loose CHECK (id < 1000),
  CONSTRAINT ck_new CHECK (qid <> 7) NOT ENFORCED);
CREATE TABLE d (pid int REFERENCES p NOT ENFORCED, CHECK (pid > 1) NOT ENFORCED);
