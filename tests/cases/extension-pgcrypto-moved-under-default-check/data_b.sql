INSERT INTO api_key (id, secret, label) VALUES (1, '\x00112233445566778899aabbccddeeff', 'ci');
