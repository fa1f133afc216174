CREATE TABLE accounts (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE zz_tenant_config (tenant int PRIMARY KEY);
