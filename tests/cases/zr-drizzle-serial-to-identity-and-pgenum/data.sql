INSERT INTO users (full_name, phone, plan, created_at) VALUES ('Dan', '+1-555-0100', 'pro', '2024-01-01 10:00'), ('Ann', NULL, 'free', '2024-01-02 10:00'), ('Temp', NULL, 'free', '2024-01-02 11:00'), ('Zoe', '+44 20 7946 0000', 'free', '2024-01-03 10:00');
DELETE FROM users WHERE full_name = 'Temp';
INSERT INTO teams (name, owner_id) VALUES ('core', 1), ('design', 2);
INSERT INTO users_to_teams VALUES (1, 1), (2, 1), (2, 2), (4, 2);
