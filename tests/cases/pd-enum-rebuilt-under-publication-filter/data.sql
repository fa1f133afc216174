INSERT INTO tickets VALUES (1, 'open', 'a'), (2, 'closed', 'b');
INSERT INTO ticket_events VALUES (1, 2, 'closed');
