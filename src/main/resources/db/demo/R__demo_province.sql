-- Demo data for the embedded default only: a province, some of its departments, two districts
-- and a few communes, with the fields each handles. Idempotent: rows are added when missing.
-- One statement per level of the tree: a parent must exist before its children.
insert into agency (id, code, name, level, parent_id)
select v.id, v.code, v.name, v.level, v.parent_id from (values
  (1,  'SL',        'Ủy ban nhân dân tỉnh Sơn La', 'PROVINCE', cast(null as bigint))
) as v (id, code, name, level, parent_id)
where not exists (select 1 from agency a where a.id = v.id);

insert into agency (id, code, name, level, parent_id)
select v.id, v.code, v.name, v.level, v.parent_id from (values
  (2,  'SL-VP',     'Văn phòng Ủy ban nhân dân tỉnh', 'DEPARTMENT', cast(1 as bigint)),
  (3,  'SL-STP',    'Sở Tư pháp', 'DEPARTMENT', cast(1 as bigint)),
  (4,  'SL-SNV',    'Sở Nội vụ', 'DEPARTMENT', cast(1 as bigint)),
  (5,  'SL-SYT',    'Sở Y tế', 'DEPARTMENT', cast(1 as bigint)),
  (6,  'SL-STNMT',  'Sở Tài nguyên và Môi trường', 'DEPARTMENT', cast(1 as bigint)),
  (7,  'SL-SXD',    'Sở Xây dựng', 'DEPARTMENT', cast(1 as bigint)),
  (8,  'SL-SGTVT',  'Sở Giao thông vận tải', 'DEPARTMENT', cast(1 as bigint)),
  (9,  'SL-PY',     'Ủy ban nhân dân huyện Phù Yên', 'DISTRICT', cast(1 as bigint)),
  (10, 'SL-MC',     'Ủy ban nhân dân huyện Mộc Châu', 'DISTRICT', cast(1 as bigint))
) as v (id, code, name, level, parent_id)
where not exists (select 1 from agency a where a.id = v.id);

insert into agency (id, code, name, level, parent_id)
select v.id, v.code, v.name, v.level, v.parent_id from (values
  (11, 'SL-PY-QH',  'Ủy ban nhân dân xã Quang Huy', 'COMMUNE', cast(9 as bigint)),
  (12, 'SL-PY-HD',  'Ủy ban nhân dân xã Huy Đông', 'COMMUNE', cast(9 as bigint)),
  (13, 'SL-MC-DL',  'Ủy ban nhân dân xã Đông Sang', 'COMMUNE', cast(10 as bigint))
) as v (id, code, name, level, parent_id)
where not exists (select 1 from agency a where a.id = v.id);

insert into agency_field (agency_id, field_code)
select v.agency_id, v.field_code from (values
  (3, 'TPHT'), (4, 'NV'), (5, 'LDTBXH'), (6, 'TNMT'), (7, 'XD'), (8, 'GTVT'),
  (9, 'TPHT'), (9, 'TNMT'), (9, 'XD'), (9, 'LDTBXH'), (9, 'GDDT'),
  (10, 'TPHT'), (10, 'TNMT'), (10, 'XD'), (10, 'LDTBXH'), (10, 'GDDT'),
  (11, 'TPHT'), (12, 'TPHT'), (13, 'TPHT')
) as v (agency_id, field_code)
where not exists (
  select 1 from agency_field f where f.agency_id = v.agency_id and f.field_code = v.field_code);

-- The provincial People's Committee Office receives petitions filed on the web.
update agency set receives_petitions = true where code = 'SL-VP' and receives_petitions = false;
