INSERT INTO audit_local VALUES (1, 'audit_local');
