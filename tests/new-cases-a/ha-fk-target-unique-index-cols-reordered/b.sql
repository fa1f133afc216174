CREATE TABLE tenants_users (tenant_id int NOT NULL, user_id int NOT NULL, role text);
CREATE UNIQUE INDEX tenants_users_key ON tenants_users (user_id, tenant_id);
CREATE TABLE user_prefs (tenant_id int NOT NULL, user_id int NOT NULL, pref text,
  FOREIGN KEY (tenant_id, user_id) REFERENCES tenants_users (tenant_id, user_id) ON DELETE CASCADE);
