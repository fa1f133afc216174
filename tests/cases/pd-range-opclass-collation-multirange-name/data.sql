INSERT INTO shelves VALUES
  (1, 1, '[aa,am)', '[1,10)', '{[1,2),[5,9)}'),
  (2, 1, '[am,az]', NULL, NULL),
  (3, 2, '[aa,zz)', '(0,100]', '{}');
