SELECT setval('code_seq', 40000);
