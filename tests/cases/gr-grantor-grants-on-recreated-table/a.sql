CREATE TABLE ledger (id int NOT NULL, amount numeric);
GRANT SELECT, INSERT ON ledger TO app_writer WITH GRANT OPTION;
SET ROLE app_writer;
GRANT SELECT ON ledger TO app_reader;
GRANT INSERT ON ledger TO "o'brien";
RESET ROLE;
