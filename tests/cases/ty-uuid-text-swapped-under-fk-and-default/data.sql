INSERT INTO session VALUES ('6b1f6d1e-4c6f-4a55-9c3e-0d1b2a3c4d5e', '0d7a5c52-1111-4222-8333-944455566677'), ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12');
INSERT INTO session_log VALUES (1, '6b1f6d1e-4c6f-4a55-9c3e-0d1b2a3c4d5e'), (2, NULL);
