INSERT INTO organizations (name, plan) VALUES ('Initech', 'pro'), ('Hooli', 'free'), ('Pied Piper', 'enterprise');
INSERT INTO memberships (organization_id, user_email, role, updated_at) VALUES
 (1, 'bill@initech.test', 'admin', '2024-01-01+00'), (1, 'peter@initech.test', 'member', '2024-01-02+00'),
 (2, 'gavin@hooli.test', 'admin', '2024-01-03+00'), (3, 'richard@pp.test', 'owner', '2024-01-04+00'), (3, 'jared@pp.test', 'member', '2024-01-05+00');
