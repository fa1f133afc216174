INSERT INTO tag VALUES ('Red'), ('red');
