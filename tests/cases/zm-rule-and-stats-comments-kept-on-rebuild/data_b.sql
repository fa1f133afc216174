INSERT INTO ticket VALUES (1, 'low', 'a'), (2, 'urgent', 'b');
INSERT INTO ticket_log VALUES (2, 'urgent');
