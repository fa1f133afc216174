CREATE TABLE public.users (
  id serial PRIMARY KEY,
  email varchar(255) NOT NULL UNIQUE,
  created_at timestamp NOT NULL DEFAULT now()
);
CREATE TABLE public.user_settings (
  user_id integer PRIMARY KEY REFERENCES public.users(id) ON DELETE CASCADE,
  theme varchar(10) NOT NULL DEFAULT 'light',
  locale varchar(10) NOT NULL DEFAULT 'en',
  digest_emails boolean NOT NULL DEFAULT true
);
CREATE TABLE public.user_notification_prefs (
  user_id integer NOT NULL REFERENCES public.users(id) ON DELETE CASCADE,
  channel varchar(20) NOT NULL,
  enabled boolean NOT NULL DEFAULT true,
  PRIMARY KEY (user_id, channel)
);
CREATE VIEW public.user_profiles AS
  SELECT u.id, u.email, s.theme, s.locale FROM public.users u LEFT JOIN public.user_settings s ON s.user_id = u.id;
