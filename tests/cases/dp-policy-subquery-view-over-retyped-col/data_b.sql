INSERT INTO membership VALUES (1, '6f1c2b1e-8d4a-4c1e-9a3b-2d5e7f9a0b1c', true), (1, '0b8e4d2a-1c3f-4e5a-8b7c-9d0e1f2a3b4c', false); INSERT INTO document VALUES (1, 1, 'x');
