CREATE TABLE public.accounts (
  id int PRIMARY KEY,
  acct_code text NOT NULL UNIQUE
);
CREATE TABLE public.payments (
  id int PRIMARY KEY,
  acct text NOT NULL REFERENCES public.accounts (acct_code) ON UPDATE CASCADE,
  amt integer NOT NULL CHECK (amt <> 0),
  amt_abs integer GENERATED ALWAYS AS (abs(amt)) STORED,
  memo text,
  CONSTRAINT payments_memo_amt CHECK (memo IS NOT NULL OR amt > 0)
);
CREATE INDEX payments_lower_acct ON public.payments (lower(acct)) WHERE amt > 0;
CREATE INDEX payments_amt_incl ON public.payments (acct) INCLUDE (amt);
CREATE STATISTICS payments_stats (dependencies) ON acct, amt FROM public.payments;
CREATE VIEW public.payments_pos AS SELECT id, acct, amt FROM public.payments WHERE amt > 0;
ALTER TABLE public.payments ENABLE ROW LEVEL SECURITY;
CREATE POLICY payments_small ON public.payments USING (amt < 1000);
CREATE FUNCTION public.payments_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER payments_big BEFORE UPDATE ON public.payments
  FOR EACH ROW WHEN (NEW.amt > 500 AND OLD.amt IS DISTINCT FROM NEW.amt) EXECUTE FUNCTION public.payments_audit();
CREATE PUBLICATION rn_pay_pub FOR TABLE public.payments (id, acct, amt);
