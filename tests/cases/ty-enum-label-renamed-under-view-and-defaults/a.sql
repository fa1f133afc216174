CREATE TYPE color AS ENUM ('red', 'green', 'blue');
CREATE TABLE widget (id int PRIMARY KEY, c color NOT NULL DEFAULT 'green', cs color[] DEFAULT '{red,green}');
CREATE VIEW green_widget AS SELECT id FROM widget WHERE c = 'green';
