CREATE SCHEMA private;
CREATE TABLE public.settings (key text PRIMARY KEY, value jsonb);
CREATE FUNCTION private.is_admin() RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT current_user = 'postgres' $$;
ALTER TABLE public.settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY settings_admin ON public.settings FOR ALL TO app_writer USING (private.is_admin());
