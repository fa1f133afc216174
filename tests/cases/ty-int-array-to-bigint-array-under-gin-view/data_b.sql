INSERT INTO post VALUES (1, '{1,2,3}', '{a,b}'), (2, '{}', NULL), (3, '{-5}', '{"with space",x}');
