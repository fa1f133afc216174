INSERT INTO documents (title, body) VALUES
 ('Getting started', 'Install the package and run the server.'),
 ('Configuration', 'Every option lives in the YAML file; see https://docs.example.com/config'),
 ('Backups', 'Nightly backups are kept for thirty days.'),
 ('FAQ', 'Contact support@example.com for help.');
