INSERT INTO auth.users (id, email) VALUES ('11111111-1111-1111-1111-111111111111', 'a@x.test'), ('22222222-2222-2222-2222-222222222222', 'b@x.test');
INSERT INTO public.user_roles (user_id, role) VALUES ('11111111-1111-1111-1111-111111111111', 'admin'), ('22222222-2222-2222-2222-222222222222', 'moderator');
INSERT INTO public.role_permissions (role, permission) VALUES ('admin', 'channels.delete'), ('admin', 'messages.delete'), ('moderator', 'messages.delete');
INSERT INTO public.channels (slug, created_by) VALUES ('general', '11111111-1111-1111-1111-111111111111');
