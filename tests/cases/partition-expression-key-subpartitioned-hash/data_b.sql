INSERT INTO customer VALUES (1, 'Alice@x.org', '2024-01-01'), (2, 'zed@x.org', '2024-02-01'), (3, 'Nora@x.org', '2024-03-01'),
 (4, '9lives@x.org', '2024-04-01'), (5, 'oscar@x.org', '2024-05-01');
