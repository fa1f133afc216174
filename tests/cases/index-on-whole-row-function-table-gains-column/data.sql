INSERT INTO event VALUES (1, 'click', NULL), (2, 'view', 'x');
