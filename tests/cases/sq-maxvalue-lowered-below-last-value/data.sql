SELECT setval('batch_seq', 500);
