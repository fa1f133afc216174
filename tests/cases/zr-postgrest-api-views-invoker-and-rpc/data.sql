INSERT INTO private.todos (owner, task, done, due) VALUES ('alice', 'finish tutorial 0', true, NULL), ('alice', 'pat self on back', false, '2024-07-01'), ('bob', 'learn how to auth', false, NULL);
