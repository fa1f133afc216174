INSERT INTO spans VALUES
  (1, '[1,2)', '{"[1,2)","(3,4]"}', '{[1,2), [5,7)}'),
  (2, '(2.5,10]', NULL, NULL),
  (3, DEFAULT, '{}', '{}'),
  (4, 'empty', NULL, '{[-1,1]}');
