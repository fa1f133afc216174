INSERT INTO core.accounts (email, plan) VALUES ('a@x', 'pro'), ('b@x', 'free');
