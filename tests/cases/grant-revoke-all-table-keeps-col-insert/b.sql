CREATE TABLE feedback (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, message text, rating int, internal_note text);
GRANT SELECT ON feedback TO app_writer;
GRANT INSERT (message, rating) ON feedback TO app_writer;
GRANT SELECT ON feedback TO app_reader;
GRANT SELECT (id) ON feedback TO app_reader WITH GRANT OPTION;
