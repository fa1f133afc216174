INSERT INTO tag VALUES ('Red'), ('blue');
