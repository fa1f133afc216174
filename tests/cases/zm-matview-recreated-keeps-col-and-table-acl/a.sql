CREATE SCHEMA "Rpt";
CREATE TABLE "Rpt".emp (id int PRIMARY KEY, name text NOT NULL, salary numeric NOT NULL, dept text);
CREATE MATERIALIZED VIEW "Rpt"."Emp Summary" AS SELECT dept, count(*) AS n, avg(salary) AS avg_salary FROM "Rpt".emp GROUP BY dept;
REVOKE ALL ON "Rpt"."Emp Summary" FROM PUBLIC;
GRANT SELECT (dept, n) ON "Rpt"."Emp Summary" TO app_reader;
GRANT SELECT ON "Rpt"."Emp Summary" TO app_writer WITH GRANT OPTION;
GRANT SELECT (avg_salary) ON "Rpt"."Emp Summary" TO "Mixed Role";
