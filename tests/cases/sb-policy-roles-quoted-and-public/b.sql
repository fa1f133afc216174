CREATE TABLE public.reports (id int PRIMARY KEY, author name NOT NULL DEFAULT current_user, body text);
ALTER TABLE public.reports ENABLE ROW LEVEL SECURITY;
CREATE POLICY "authors read" ON public.reports FOR SELECT TO app_reader, "Mixed Role", "o'brien" USING (author = current_user OR current_user = 'o''brien');
CREATE POLICY "writers insert" ON public.reports FOR INSERT TO PUBLIC WITH CHECK (author = current_user);
CREATE POLICY "mixed role update" ON public.reports AS RESTRICTIVE FOR UPDATE TO "Mixed Role" USING (true) WITH CHECK (body IS NOT NULL);
GRANT SELECT ON public.reports TO app_reader, "Mixed Role", "o'brien";
GRANT UPDATE (body) ON public.reports TO "Mixed Role";
