INSERT INTO tickets (number, title, status, priority, group_name, created_at) VALUES
 ('67001', 'Printer on fire', 'new', 1, 'Users', '2024-03-01 08:00+00'),
 ('67002', 'VPN drops', 'open', 2, 'Network', '2024-03-01 09:00+00'),
 ('67003', 'Password reset', 'closed', 3, 'Users', '2024-03-02 10:00+00'),
 ('67004', 'New laptop', 'open', 2, NULL, '2024-03-03 11:00+00');
UPDATE tickets SET status = 'open' WHERE number = '67001';
