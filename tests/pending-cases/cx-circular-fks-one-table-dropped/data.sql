BEGIN;
INSERT INTO department VALUES (1, 'eng', 10);
INSERT INTO staff VALUES (10, 'ann', 1);
COMMIT;
INSERT INTO project VALUES (1, 1);
