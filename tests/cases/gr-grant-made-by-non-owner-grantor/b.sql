CREATE TABLE report (id int PRIMARY KEY, body text);
GRANT SELECT ON report TO app_writer WITH GRANT OPTION;
SET ROLE app_writer;
GRANT SELECT ON report TO app_reader;
RESET ROLE;
