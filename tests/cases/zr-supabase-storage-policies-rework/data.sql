INSERT INTO auth.users (id, email, raw_user_meta_data) VALUES
 ('8d0fd2b3-9ca7-4d9e-a95f-9e13dded323e', 'ann@example.com', '{"full_name": "Ann"}'),
 ('0b8a3d5c-1f2e-4c6d-9a7b-3e5f7a9c1d2e', 'ben@example.com', NULL);
INSERT INTO storage.buckets (id, name, owner, public) VALUES ('avatars', 'avatars', NULL, true), ('docs', 'docs', '8d0fd2b3-9ca7-4d9e-a95f-9e13dded323e', false);
INSERT INTO storage.objects (id, bucket_id, name, owner, metadata) VALUES
 ('11111111-1111-4111-8111-111111111111', 'avatars', '8d0fd2b3-9ca7-4d9e-a95f-9e13dded323e/me.png', '8d0fd2b3-9ca7-4d9e-a95f-9e13dded323e', '{"size": 1024, "mimetype": "image/png"}'),
 ('22222222-2222-4222-8222-222222222222', 'docs', 'reports/q1.pdf', '8d0fd2b3-9ca7-4d9e-a95f-9e13dded323e', '{"size": 99}'),
 ('33333333-3333-4333-8333-333333333333', 'avatars', '0b8a3d5c-1f2e-4c6d-9a7b-3e5f7a9c1d2e/face.jpg', '0b8a3d5c-1f2e-4c6d-9a7b-3e5f7a9c1d2e', NULL);
