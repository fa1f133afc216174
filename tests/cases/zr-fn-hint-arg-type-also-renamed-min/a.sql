CREATE TYPE public.order_state AS ENUM ('cart', 'placed');
CREATE FUNCTION public.order_state_rank(s public.order_state) RETURNS integer LANGUAGE sql IMMUTABLE
  RETURN array_position(enum_range(NULL::public.order_state), s);
