INSERT INTO roles VALUES (1, '[junior,mid)', '{[junior,mid), [senior,senior]}'), (2, NULL, NULL);
