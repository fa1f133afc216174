INSERT INTO tasks VALUES (1, 'low', 'a');
INSERT INTO bug_tasks VALUES (2, 'urgent', 'b', 3);
INSERT INTO chore_tasks VALUES (3, 'normal', 'c');
