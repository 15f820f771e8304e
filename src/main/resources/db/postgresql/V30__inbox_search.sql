-- PostgreSQL only: officers search the inbox by code, sender name, phone and title words, with or
-- without diacritics (vn.pakn.petitions.control.InboxSearch.DOCUMENT, which must stay the same
-- expression). A trigram index on the folded text answers "contains this word" without reading
-- every petition. pg_trgm ships with PostgreSQL and is a trusted extension: the database owner may
-- create it.
create extension if not exists pg_trgm;
create index petition_search on petition using gin ((translate(tracking_code || ' ' || sender_name || ' ' || coalesce(replace(replace(replace(sender_phone, ' ', ''), '.', ''), '-', ''), '') || ' ' || title, 'ÀÁÂÃÈÉÊÌÍÎÒÓÔÕÙÚÛÝàáâãèéêìíîòóôõùúûýĂăĔĕĨĩĬĭŎŏŨũŬŭŶŷƠơƯưṌṍṸṹẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹđĐABCDEFGHIJKLMNOPQRSTUVWXYZ', 'aaaaeeeiiioooouuuyaaaaeeeiiioooouuuyaaeeiiiioouuuuyyoouuoouuaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyyddabcdefghijklmnopqrstuvwxyz')) gin_trgm_ops);
