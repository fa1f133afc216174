INSERT INTO item VALUES (1, 'color=>red, size=>L'), (2, '"a b"=>"c,d"'), (3, '');
