INSERT INTO auth.users (id, email, raw_user_meta_data) VALUES ('11111111-1111-1111-1111-111111111111', 'a@x.test', '{"full_name":"Ann"}');
