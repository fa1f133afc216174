INSERT INTO job (id, prio, run_no) VALUES (1, 3, 1), (2, 1, 2), (3, 2, 3);
