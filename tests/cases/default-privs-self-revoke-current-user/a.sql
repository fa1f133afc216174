-- empty
CREATE TABLE keep (id int);
