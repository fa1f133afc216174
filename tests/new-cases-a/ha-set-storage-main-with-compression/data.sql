INSERT INTO blobs VALUES (1, 'abc', '\xdeadbeef');
