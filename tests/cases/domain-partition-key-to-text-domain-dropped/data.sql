INSERT INTO visit VALUES ('de', 1), ('fr', 2);
