INSERT INTO auth.users (id, email) VALUES ('11111111-1111-1111-1111-111111111111', 'a@x.test'), ('22222222-2222-2222-2222-222222222222', 'b@x.test');
INSERT INTO storage.buckets (id, name, owner, public) VALUES ('avatars', 'avatars', NULL, true), ('private', 'private', '11111111-1111-1111-1111-111111111111', false);
INSERT INTO storage.objects (id, bucket_id, name, owner) VALUES
  ('aaaaaaaa-0000-0000-0000-000000000001', 'avatars', '11111111-1111-1111-1111-111111111111/me.png', '11111111-1111-1111-1111-111111111111'),
  ('aaaaaaaa-0000-0000-0000-000000000002', 'private', '22222222-2222-2222-2222-222222222222/docs/x.pdf', '22222222-2222-2222-2222-222222222222');
