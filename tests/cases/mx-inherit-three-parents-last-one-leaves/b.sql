-- owned leaves: owner_id and owner_pos go (they only came from owned), tenant_id stays (local and from tenanted), note stays (from tenanted).
CREATE TABLE tenanted (tenant_id int NOT NULL, note text DEFAULT 'n', CONSTRAINT tenant_pos CHECK (tenant_id > 0));
CREATE TABLE stamped (created_at timestamptz DEFAULT now(), updated_at timestamptz);
CREATE TABLE owned (tenant_id int NOT NULL, owner_id int, note text DEFAULT 'n', CONSTRAINT owner_pos CHECK (owner_id > 0));
CREATE TABLE invoice (id int PRIMARY KEY, tenant_id int NOT NULL, amount int) INHERITS (tenanted, stamped);
CREATE VIEW all_tenanted AS SELECT tenant_id, note FROM tenanted;
CREATE VIEW all_owned AS SELECT tenant_id, owner_id FROM owned;
