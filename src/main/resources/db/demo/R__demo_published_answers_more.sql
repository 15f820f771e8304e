-- More demo answers (issue 13), for what citizens search with and the relevance test set
-- (src/test/resources/search/relevance-queries.tsv): everyday words that are not the official terms
-- (lương hưu, sổ hồng, sang tên, bằng lái), old tone placement (hoà), i/y spellings (lí lịch, kĩ thuật).
-- Embedded default only, like R__demo_published_answers.sql (kept as it is); ids 40 to 59. Idempotent.
insert into public_answer (id, version, agency_id, field_code, kind, title, question, answer,
  published, published_at, published_by)
select v.id, 1, v.agency_id, v.field_code, v.kind, v.title, v.question, v.answer, true, v.published_at, 'demo'
from (values
  (40, 3, 'TPHT', 'CONDUCT', 'Chậm cấp Phiếu lý lịch tư pháp',
   'Tôi nộp hồ sơ đề nghị cấp Phiếu lý lịch tư pháp số 1 qua Cổng dịch vụ công đã 15 ngày nhưng chưa nhận được phiếu.',
   'Theo Luật Lý lịch tư pháp 2009, thời hạn cấp Phiếu lý lịch tư pháp không quá 10 ngày kể từ ngày nhận đủ yêu cầu hợp lệ. Hồ sơ chậm do phải tra cứu thông tin tại nơi cư trú cũ; Sở Tư pháp đã cấp phiếu và xin lỗi công dân.',
   cast('2025-09-09 09:00:00+07:00' as timestamp with time zone)),
  (41, 2, 'BHXH', 'CONDUCT', 'Chậm giải quyết chế độ hưu trí',
   'Tôi đã đủ tuổi nghỉ hưu và nộp hồ sơ từ tháng 3 nhưng đến tháng 5 vẫn chưa được hưởng chế độ hưu trí hằng tháng.',
   'Theo Luật Bảo hiểm xã hội, cơ quan bảo hiểm xã hội giải quyết hưởng chế độ hưu trí trong 20 ngày kể từ ngày nhận đủ hồ sơ. Hồ sơ của ông chậm do thiếu xác nhận thời gian đóng trước năm 1995; BHXH tỉnh đã bổ sung và chi trả từ tháng 6/2025, truy lĩnh các tháng chậm.',
   cast('2025-06-20 09:00:00+07:00' as timestamp with time zone)),
  (42, 6, 'TNMT', 'REGULATION_CONTENT', 'Thời hạn đăng ký biến động sau khi nhận chuyển nhượng quyền sử dụng đất',
   'Tôi mua đất của hàng xóm, đã công chứng hợp đồng. Bao lâu phải làm thủ tục đăng ký biến động và mất bao nhiêu ngày?',
   'Theo Luật Đất đai 2024, trong 30 ngày kể từ ngày hợp đồng chuyển nhượng có hiệu lực, bên nhận chuyển nhượng phải nộp hồ sơ đăng ký biến động tại Văn phòng đăng ký đất đai. Thời gian giải quyết không quá 10 ngày làm việc; giấy chứng nhận được xác nhận thay đổi hoặc cấp mới cho người nhận.',
   cast('2025-10-14 09:00:00+07:00' as timestamp with time zone)),
  (43, 7, 'XD', 'REGULATION_CONTENT', 'Cấp giấy chứng nhận quyền sở hữu căn hộ chung cư',
   'Chung cư tôi ở đã bàn giao ba năm nhưng chủ đầu tư chưa làm giấy chứng nhận quyền sở hữu nhà ở cho các căn hộ.',
   'Chủ đầu tư có trách nhiệm làm thủ tục cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở cho người mua trong 50 ngày kể từ ngày bàn giao. Sở Xây dựng đã kiểm tra và yêu cầu chủ đầu tư nộp hồ sơ cho các căn hộ trong quý IV/2025.',
   cast('2025-08-01 09:00:00+07:00' as timestamp with time zone)),
  (44, 2, 'CA', 'REGULATION_CONTENT', 'Đăng ký thường trú cho con khi không còn sổ hộ khẩu',
   'Sổ hộ khẩu đã bị bỏ, vậy con tôi mới sinh đăng ký thường trú ở đâu và cần giấy tờ gì?',
   'Từ năm 2023 thông tin cư trú được quản lý trên Cơ sở dữ liệu quốc gia về dân cư. Trẻ em mới sinh được đăng ký thường trú theo nơi thường trú của cha, mẹ qua thủ tục liên thông đăng ký khai sinh – thường trú – cấp thẻ BHYT trên Cổng Dịch vụ công, không phải nộp sổ.',
   cast('2024-10-02 09:00:00+07:00' as timestamp with time zone)),
  (45, 8, 'GTVT', 'REGULATION_CONTENT', 'Cấp giấy phép lái xe quốc tế',
   'Tôi sắp đi làm việc ở nước ngoài, muốn xin giấy phép lái xe quốc tế thì nộp ở đâu?',
   'Giấy phép lái xe quốc tế (IDP) được cấp cho người có giấy phép lái xe quốc gia còn hạn, nộp trực tuyến trên Cổng Dịch vụ công hoặc tại Sở Giao thông vận tải; thời hạn giải quyết 5 ngày làm việc.',
   cast('2024-12-10 09:00:00+07:00' as timestamp with time zone)),
  (46, 9, 'TPHT', 'PROPOSAL', 'Đề nghị tăng cường hoà giải ở cơ sở về tranh chấp đất đai',
   'Ở thôn tôi nhiều vụ tranh chấp ranh giới đất giữa các hộ kéo dài, đề nghị xã tổ chức hoà giải sớm.',
   'UBND huyện Phù Yên đã chỉ đạo UBND các xã kiện toàn tổ hoà giải ở cơ sở, tập huấn kiến thức pháp luật đất đai cho hoà giải viên; tranh chấp đất đai phải được hoà giải tại UBND cấp xã trước khi khởi kiện.',
   cast('2025-05-27 09:00:00+07:00' as timestamp with time zone)),
  (47, 8, 'GTVT', 'CONDUCT', 'Xếp hàng chờ kiểm định kĩ thuật xe ô tô quá lâu',
   'Tôi đưa xe ô tô đi đăng kiểm, phải xếp hàng từ sáng đến chiều mới được kiểm định.',
   'Sở Giao thông vận tải đã yêu cầu các trung tâm đăng kiểm mở đăng ký lịch kiểm định kĩ thuật trực tuyến, tăng ca làm việc và công khai số điện thoại đường dây nóng; thời gian chờ đã giảm còn dưới hai giờ.',
   cast('2023-03-15 09:00:00+07:00' as timestamp with time zone)),
  (48, 2, 'BHXH', 'REGULATION_CONTENT', 'Điều kiện hưởng bảo hiểm xã hội một lần',
   'Tôi nghỉ việc ở công ty đã hơn một năm, có được rút bảo hiểm xã hội một lần không?',
   'Theo Luật Bảo hiểm xã hội 2024, người lao động đóng bảo hiểm xã hội trước ngày 01/7/2025 được hưởng bảo hiểm xã hội một lần khi sau 12 tháng không thuộc diện đóng và chưa đủ 20 năm đóng; người đóng từ ngày này không được hưởng một lần trừ một số trường hợp.',
   cast('2025-07-22 09:00:00+07:00' as timestamp with time zone)),
  (49, 2, 'THUE', 'CONDUCT', 'Mức thuế khoán của hộ kinh doanh tăng không rõ lý do',
   'Quán tạp hóa của gia đình tôi bị nâng mức thuế khoán năm nay mà không được giải thích.',
   'Chi cục Thuế khu vực đã rà soát doanh thu khoán, niêm yết công khai dự kiến mức thuế khoán tại UBND xã và điều chỉnh lại mức thuế cho hộ kinh doanh theo doanh thu thực tế.',
   cast('2024-03-04 09:00:00+07:00' as timestamp with time zone)),
  (50, 6, 'TNMT', 'CONDUCT', 'Chậm chi trả tiền bồi thường khi Nhà nước thu hồi đất',
   'Đất của gia đình tôi bị thu hồi làm đường tỉnh từ năm ngoái nhưng chưa nhận được tiền bồi thường, hỗ trợ.',
   'Tiền bồi thường, hỗ trợ chậm do chờ phê duyệt phương án điều chỉnh giá đất cụ thể. Sở Tài nguyên và Môi trường đã đôn đốc Hội đồng bồi thường, giải phóng mặt bằng huyện chi trả trong tháng 9/2024.',
   cast('2024-08-28 09:00:00+07:00' as timestamp with time zone)),
  (51, 5, 'LDTBXH', 'CONDUCT', 'Chậm giải quyết trợ cấp thất nghiệp',
   'Tôi nộp hồ sơ hưởng trợ cấp thất nghiệp tại Trung tâm dịch vụ việc làm đã quá 20 ngày chưa có quyết định.',
   'Theo Luật Việc làm, quyết định hưởng trợ cấp thất nghiệp được ban hành trong 20 ngày kể từ ngày nộp đủ hồ sơ. Trung tâm dịch vụ việc làm tỉnh đã ban hành quyết định và chấn chỉnh việc tiếp nhận hồ sơ.',
   cast('2025-01-13 09:00:00+07:00' as timestamp with time zone)),
  (52, 2, 'KHAC', 'CONDUCT', 'Lỗi thanh toán phí, lệ phí trực tuyến',
   'Tôi nộp hồ sơ trên Cổng dịch vụ công nhưng khi thanh toán lệ phí thì bị trừ tiền tài khoản mà hồ sơ vẫn báo chưa thanh toán.',
   'Lỗi do chậm đối soát giữa nền tảng thanh toán và hệ thống một cửa điện tử của tỉnh. Văn phòng UBND tỉnh đã xác nhận giao dịch, cập nhật trạng thái hồ sơ và yêu cầu đơn vị cung cấp khắc phục việc đối soát tự động.',
   cast('2026-03-18 09:00:00+07:00' as timestamp with time zone)),
  (53, 7, 'XD', 'REGULATION_CONTENT', 'Sửa chữa, cải tạo nhà ở có phải xin giấy phép xây dựng',
   'Tôi muốn sửa lại mái và lát nền nhà, không thay đổi kết cấu, có phải xin phép không?',
   'Sửa chữa, cải tạo bên trong công trình hoặc mặt ngoài không tiếp giáp đường trong đô thị, không làm thay đổi kết cấu chịu lực, công năng sử dụng thì được miễn giấy phép xây dựng theo Luật Xây dựng.',
   cast('2025-11-05 09:00:00+07:00' as timestamp with time zone)),
  (54, 5, 'LDTBXH', 'REGULATION_CONTENT', 'Trợ cấp hằng tháng cho người cao tuổi',
   'Bố tôi 80 tuổi không có lương hưu, có được hưởng trợ cấp xã hội không, làm thủ tục ở đâu?',
   'Người từ đủ 80 tuổi trở lên không có lương hưu, trợ cấp bảo hiểm xã hội hằng tháng thuộc diện hưởng trợ cấp xã hội hằng tháng. Hồ sơ nộp tại UBND cấp xã; Phòng Lao động – Thương binh và Xã hội thẩm định, Chủ tịch UBND huyện quyết định.',
   cast('2024-02-27 09:00:00+07:00' as timestamp with time zone))
) as v (id, agency_id, field_code, kind, title, question, answer, published_at)
where not exists (select 1 from public_answer a where a.id = v.id);

-- each demo answer is a step of the publication sequence, after any already there
insert into publication_change (seq, answer_id, change, changed_at, changed_by)
select c.last_seq + a.id - 39, a.id, 'PUBLISHED', a.published_at, 'demo'
from public_answer a, publication_counter c
where c.id = 1 and a.id between 40 and 59
  and not exists (select 1 from publication_change x where x.answer_id = a.id);

update publication_counter set last_seq = (select coalesce(max(seq), 0) from publication_change)
where id = 1;
