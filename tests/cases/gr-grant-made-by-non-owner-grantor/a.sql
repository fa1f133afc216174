CREATE TABLE report (id int PRIMARY KEY, body text);
GRANT SELECT ON report TO app_writer WITH GRANT OPTION;
