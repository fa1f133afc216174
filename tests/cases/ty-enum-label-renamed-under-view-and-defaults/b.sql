CREATE TYPE color AS ENUM ('red', 'lime', 'blue');
CREATE TABLE widget (id int PRIMARY KEY, c color NOT NULL DEFAULT 'lime', cs color[] DEFAULT '{red,lime}');
CREATE VIEW green_widget AS SELECT id FROM widget WHERE c = 'lime';
