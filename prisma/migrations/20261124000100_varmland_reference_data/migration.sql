-- Reference data, not demo data: Värmland County (SCB county code 17) and its 16 municipalities
-- with their SCB municipality codes. Another county joins by adding its rows the same way.
INSERT INTO "regions" ("code", "name") VALUES ('17', 'Värmlands län');

INSERT INTO "municipalities" ("code", "name", "region_code") VALUES
  ('1715', 'Kil', '17'),
  ('1730', 'Eda', '17'),
  ('1737', 'Torsby', '17'),
  ('1760', 'Storfors', '17'),
  ('1761', 'Hammarö', '17'),
  ('1762', 'Munkfors', '17'),
  ('1763', 'Forshaga', '17'),
  ('1764', 'Grums', '17'),
  ('1765', 'Årjäng', '17'),
  ('1766', 'Sunne', '17'),
  ('1780', 'Karlstad', '17'),
  ('1781', 'Kristinehamn', '17'),
  ('1782', 'Filipstad', '17'),
  ('1783', 'Hagfors', '17'),
  ('1784', 'Arvika', '17'),
  ('1785', 'Säffle', '17');
