INSERT INTO addresses VALUES ('Oslo','0150'); INSERT INTO shipments VALUES (1, ROW('Oslo','0150')), (2, NULL);
