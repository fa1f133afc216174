-- A table recreated (it turns partitioned) while another table's regclass column names it:
-- the column holds the table's name across, so it names the new table after.
CREATE TABLE events (id int, at date);
CREATE TABLE audit (tbl regclass, note text);
