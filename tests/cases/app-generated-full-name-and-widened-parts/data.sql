INSERT INTO contacts (first_name, last_name, name, phone) VALUES ('Ann', 'Lee', 'Ann Lee', '555-0100'), ('Bob', 'Ray', 'Bob Ray', NULL);
