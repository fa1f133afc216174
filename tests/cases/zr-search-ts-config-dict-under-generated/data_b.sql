INSERT INTO documents (title, body, summary) VALUES
 ('Getting started', 'Install the package and run the server.', 'Install'),
 ('Upgrading', 'Read the release notes first.', NULL);
