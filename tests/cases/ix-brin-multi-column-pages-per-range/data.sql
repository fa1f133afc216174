INSERT INTO metrics (host, ts, v) VALUES ('a', '2024-01-01', 1), ('b', '2024-01-02', 2);
