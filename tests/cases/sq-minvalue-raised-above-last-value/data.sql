SELECT nextval('batch_seq'), nextval('batch_seq');
