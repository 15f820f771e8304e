-- The fields of a district one-stop desk (domain brief §7); administrators can change them later.
insert into field (code, name_vi, name_en, position) values
  ('GTVT',    'Giao thông – Vận tải', 'Transport', 1),
  ('CT',      'Công thương', 'Industry and Trade', 2),
  ('XD',      'Xây dựng', 'Construction', 3),
  ('KHDT',    'Kế hoạch – Đầu tư', 'Planning and Investment', 4),
  ('TNMT',    'Tài nguyên – Môi trường', 'Natural Resources and Environment', 5),
  ('TPHT',    'Tư pháp – Hộ tịch', 'Justice and Civil Status', 6),
  ('LDTBXH',  'Lao động – Thương binh và Xã hội', 'Labour, Invalids and Social Affairs', 7),
  ('NNPTNT',  'Nông nghiệp và Phát triển nông thôn', 'Agriculture and Rural Development', 8),
  ('VHTT',    'Văn hóa – Thông tin', 'Culture and Information', 9),
  ('NV',      'Nội vụ', 'Home Affairs', 10),
  ('GDDT',    'Giáo dục và Đào tạo', 'Education and Training', 11),
  ('BHXH',    'Bảo hiểm xã hội', 'Social Insurance', 12),
  ('THUE',    'Thuế', 'Taxation', 13),
  ('CA',      'Công an', 'Public Security', 14),
  ('KHAC',    'Lĩnh vực khác', 'Other', 99);
