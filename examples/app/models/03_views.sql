-- What each customer has spent on orders that were paid or shipped.
CREATE VIEW customer_spend AS
SELECT c.id AS customer_id,
       c.email,
       coalesce(sum(l.quantity * p.price_cents), 0) AS spent_cents
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id AND o.status IN ('paid', 'shipped')
LEFT JOIN order_lines l ON l.order_id = o.id
LEFT JOIN products p ON p.id = l.product_id
GROUP BY c.id, c.email;
