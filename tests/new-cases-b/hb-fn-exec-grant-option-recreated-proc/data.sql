INSERT INTO audit (msg) VALUES ('x');
