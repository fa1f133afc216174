INSERT INTO member VALUES (1, 'ann', 'an'), (2, 'bob', NULL), (3, 'carla', 'carla_x');
