INSERT INTO city VALUES ('Berlin', 'DE', 3600000), ('amsterdam', 'NL', 900000), ('Zurich', 'CH', 400000);
