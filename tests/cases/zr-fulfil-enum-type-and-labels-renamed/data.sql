INSERT INTO orders (state, previous_states, placed_at) VALUES
 ('cart', '{}', NULL), ('placed', '{cart}', '2024-05-01+00'), ('shipped', '{cart,placed}', '2024-05-02+00'),
 ('delivered', '{cart,placed}', '2024-04-20+00'), ('returned', '{cart,placed,delivered}', '2024-04-01+00');
