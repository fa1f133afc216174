CREATE TABLE login (id int PRIMARY KEY, tenant int NOT NULL, name text NOT NULL);
CREATE UNIQUE INDEX login_name_ux ON login (tenant, name);
