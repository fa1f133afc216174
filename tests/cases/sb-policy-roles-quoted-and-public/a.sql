CREATE TABLE public.reports (id int PRIMARY KEY, author name NOT NULL DEFAULT current_user, body text);
ALTER TABLE public.reports ENABLE ROW LEVEL SECURITY;
CREATE POLICY "authors read" ON public.reports FOR SELECT TO app_reader USING (author = current_user);
CREATE POLICY "writers insert" ON public.reports FOR INSERT TO app_writer WITH CHECK (author = current_user);
GRANT SELECT ON public.reports TO app_reader, "Mixed Role";
