-- Officers, their roles and API tokens (issue: officers and the handling workflow).
alter table agency add column receives_petitions boolean default false not null;
create sequence agency_seq start with 1000 increment by 50;

create sequence officer_seq start with 50 increment by 50;
create table officer (
  id              bigint       primary key,
  version         bigint       not null,
  username        varchar(64)  not null unique,
  display_name    varchar(200) not null,
  email           varchar(254),
  agency_id       bigint       not null references agency (id),
  password_hash   varchar(300) not null,
  active          boolean      not null,
  failed_sign_ins integer      default 0 not null,
  locked_until    timestamp with time zone,
  created_at      timestamp with time zone not null
);

create table officer_role (
  officer_id bigint      not null references officer (id),
  role       varchar(16) not null,
  primary key (officer_id, role)
);

create table api_token (
  token_hash varchar(64) primary key,
  officer_id bigint      not null references officer (id),
  created_at timestamp with time zone not null,
  expires_at timestamp with time zone not null
);
create index api_token_officer on api_token (officer_id);

-- Reasons for not accepting a petition (Decree 20/2008/NĐ-CP Art. 7, 9; complaints follow other laws).
create table rejection_reason (
  code        varchar(32)  primary key,
  name_vi     varchar(300) not null,
  name_en     varchar(300) not null,
  legal_basis varchar(300) not null,
  position    integer      not null
);
insert into rejection_reason (code, name_vi, name_en, legal_basis, position) values
  ('MISSING_IDENTITY', 'Không ghi rõ tên, địa chỉ, số điện thoại hoặc địa chỉ thư tín của người gửi',
   'The sender''s name, address, phone or mailing address is missing', 'Nghị định 20/2008/NĐ-CP, Điều 7', 1),
  ('NOT_VIETNAMESE', 'Không sử dụng tiếng Việt', 'Not written in Vietnamese', 'Nghị định 20/2008/NĐ-CP, Điều 7', 2),
  ('UNCLEAR_CONTENT', 'Nội dung không rõ ràng', 'The content is not clear', 'Nghị định 20/2008/NĐ-CP, Điều 7', 3),
  ('COMPLAINT_DENUNCIATION', 'Là khiếu nại, tố cáo: được giải quyết theo Luật Khiếu nại, Luật Tố cáo',
   'A complaint or denunciation: handled under the Law on Complaints or the Law on Denunciations',
   'Nghị định 20/2008/NĐ-CP, Điều 3; Luật Khiếu nại 2011; Luật Tố cáo 2018', 4),
  ('OUT_OF_SCOPE', 'Không phải phản ánh, kiến nghị về quy định hành chính',
   'Not about an administrative regulation or procedure', 'Nghị định 20/2008/NĐ-CP, Điều 1, Điều 5', 5),
  ('DUPLICATE', 'Trùng với phản ánh, kiến nghị đã tiếp nhận', 'A duplicate of a petition already received',
   'Nghị định 20/2008/NĐ-CP, Điều 9', 6),
  ('ALREADY_ANSWERED', 'Đã được xem xét, trả lời và không có thông tin mới', 'Already examined and answered, with nothing new',
   'Nghị định 20/2008/NĐ-CP, Điều 9', 7);

-- The workflow's state on the petition.
alter table petition add column agency_id bigint references agency (id);
alter table petition add column assignee_id bigint references officer (id);
alter table petition add column within_competence boolean;
alter table petition add column rejection_reason varchar(32) references rejection_reason (code);
alter table petition add column answer varchar(20000);
alter table petition add column answer_drafted_by bigint references officer (id);
alter table petition add column answered_at timestamp with time zone;
alter table petition add column due_at timestamp with time zone;
alter table petition add column satisfaction varchar(16);
alter table petition add column extension_requested boolean default false not null;
alter table petition add column extension_days integer;
alter table petition add column extension_reason varchar(2000);
alter table petition add column status_changed_at timestamp with time zone;
update petition set status_changed_at = received_at;
alter table petition alter column status_changed_at set not null;

alter table petition_event add column actor_agency_id bigint references agency (id);
alter table petition_event add column reason_code varchar(32);

-- Every agency that has held a petition, in order: the chain of transfers.
create sequence petition_hop_seq start with 50 increment by 50;
create table petition_hop (
  id          bigint       primary key,
  petition_id bigint       not null references petition (id),
  position    integer      not null,
  agency_id   bigint       not null references agency (id),
  since       timestamp with time zone not null,
  reason      varchar(2000),
  unique (petition_id, position)
);
create index petition_hop_agency on petition_hop (agency_id, petition_id);
create index petition_hop_petition_agency on petition_hop (petition_id, agency_id);

-- The inbox: what an agency holds, newest first or by due date, with or without a status filter;
-- what an agency has ever held, newest first (walked in order, checked against petition_hop).
create index petition_agency_received on petition (agency_id, received_at desc, id desc);
create index petition_agency_status on petition (agency_id, status, received_at desc, id desc);
create index petition_agency_due on petition (agency_id, due_at, id);
create index petition_assignee on petition (assignee_id, status);
create index petition_received on petition (received_at desc, id desc);
