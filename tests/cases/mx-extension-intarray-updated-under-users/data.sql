INSERT INTO post (id, tag_ids, reader_ids) VALUES (1, '{1,2,3}', '{10,11}'), (2, DEFAULT, NULL), (3, '{2}', '{}');
