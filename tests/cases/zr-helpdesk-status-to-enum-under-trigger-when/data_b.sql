INSERT INTO tickets (number, title, status, priority, group_name, created_at) VALUES
 ('67001', 'Printer on fire', 'open', 1, 'Users', '2024-03-01 08:00+00'),
 ('67002', 'VPN drops', 'new', 2, 'Network', '2024-03-01 09:00+00');
UPDATE tickets SET status = 'closed' WHERE number = '67002';
