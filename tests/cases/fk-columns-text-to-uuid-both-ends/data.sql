INSERT INTO o VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');
INSERT INTO l VALUES (1,'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');
