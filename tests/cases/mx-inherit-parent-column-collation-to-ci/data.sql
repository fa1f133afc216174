INSERT INTO contact VALUES (1, 'a@x.org');
INSERT INTO lead VALUES (2, 'B@x.org', 'web'), (3, 'c@x.org', 'ads');
INSERT INTO hot_lead VALUES (4, 'D@x.org', 'web', 9), (5, 'd@x.org', 'web', 8);
