CREATE TABLE s (id int, g int, v numeric);
CREATE VIEW ranked AS WITH x AS (SELECT g, v FROM s WHERE v > 0) SELECT g, v, rank() OVER (PARTITION BY g ORDER BY v DESC) AS r FROM x;
CREATE VIEW agg AS SELECT g, sum(v) FILTER (WHERE v > 1) AS big, array_agg(id ORDER BY id) AS ids FROM s GROUP BY g HAVING count(*) > 1;
