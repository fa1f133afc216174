INSERT INTO ticket VALUES (1, 'printer', 'open'), (2, 'vpn', 'closed');
