CREATE TABLE reports (id int PRIMARY KEY, title text, body text);
GRANT SELECT (id, title) ON reports TO app_writer;
GRANT SELECT (body) ON reports TO app_writer WITH GRANT OPTION;
GRANT INSERT ON reports TO "o'brien";
