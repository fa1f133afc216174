INSERT INTO res_users (login) VALUES ('__system__'), ('admin'), ('demo');
INSERT INTO res_company (name, currency_id, create_uid, create_date, write_uid, write_date) VALUES ('YourCompany', 1, 1, '2024-01-01 00:00', 2, '2024-02-01 00:00'), ('My Belgian Company', 2, 2, '2024-01-02 00:00', 2, '2024-01-02 00:00');
INSERT INTO res_partner (name, company_id, display_name, parent_id, ref, lang, vat, active, is_company, color, create_uid, create_date) VALUES
 ('YourCompany', 1, 'YourCompany', NULL, NULL, 'en_US', 'US12345670', true, true, 0, 1, '2024-01-01 00:00'),
 ('Mitchell Admin', 1, 'YourCompany, Mitchell Admin', 1, NULL, 'en_US', NULL, true, false, 0, 1, '2024-01-01 00:00'),
 ('Azure Interior', NULL, 'Azure Interior', NULL, 'AZ01', 'en_US', 'be 0477.472.701', true, true, 4, 2, '2024-01-03 00:00'),
 ('Brandon Freeman', NULL, 'Azure Interior, Brandon Freeman', 3, NULL, 'fr_BE', NULL, true, false, 5, 2, '2024-01-03 00:00'),
 ('Deco Addict', NULL, 'Deco Addict', NULL, 'DA', 'en_US', NULL, false, true, 2, 2, '2024-01-04 00:00');
