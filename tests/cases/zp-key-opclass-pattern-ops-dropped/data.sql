INSERT INTO product VALUES ('AB-1', 'anvil', 10), ('MZ-9', 'mallet', 5), ('QX-2', 'quill', 1.5);
