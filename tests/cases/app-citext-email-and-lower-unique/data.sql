INSERT INTO accounts VALUES (1, 'Ann@Example.com', 'ann_1'), (2, 'bob@example.com', 'Bobby');
INSERT INTO invitations VALUES (1, 1, 'Carol@Example.com'), (2, 2, 'dan@example.com');
