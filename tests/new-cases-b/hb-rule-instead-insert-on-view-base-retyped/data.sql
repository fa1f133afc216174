INSERT INTO raw_events VALUES (1, 'click', 'a'), (2, 'view', NULL);
