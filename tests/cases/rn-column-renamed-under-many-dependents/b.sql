CREATE TABLE public.accounts (
  id int PRIMARY KEY,
  acct_code text NOT NULL UNIQUE
);
CREATE TABLE public.payments (
  id int PRIMARY KEY,
  acct text NOT NULL REFERENCES public.accounts (acct_code) ON UPDATE CASCADE,
  amount integer NOT NULL CONSTRAINT payments_amt_check CHECK (amount <> 0),
  amount_abs integer GENERATED ALWAYS AS (abs(amount)) STORED,
  memo text,
  CONSTRAINT payments_memo_amount CHECK (memo IS NOT NULL OR amount > 0)
);
CREATE INDEX payments_lower_acct ON public.payments (lower(acct)) WHERE amount > 0;
CREATE INDEX payments_amt_incl ON public.payments (acct) INCLUDE (amount);
CREATE STATISTICS payments_stats (dependencies) ON acct, amount FROM public.payments;
CREATE VIEW public.payments_pos AS SELECT id, acct, amount FROM public.payments WHERE amount > 0;
ALTER TABLE public.payments ENABLE ROW LEVEL SECURITY;
CREATE POLICY payments_small ON public.payments USING (amount < 1000);
CREATE FUNCTION public.payments_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER payments_big BEFORE UPDATE ON public.payments
  FOR EACH ROW WHEN (NEW.amount > 500 AND OLD.amount IS DISTINCT FROM NEW.amount) EXECUTE FUNCTION public.payments_audit();
CREATE PUBLICATION rn_pay_pub FOR TABLE public.payments (id, acct, amount);
