# Generates src/main/resources/db/demo/R__demo_published_answers.sql (published demo answers; named to run after R__demo_province, as Flyway runs repeatable migrations by name). Run: python3 docs/demo_answers.py
# (agency id, field, kind, date, title, question, answer)
A = [
 (3,'TPHT','CONDUCT','2024-03-12','Chậm trả kết quả đăng ký khai sinh cho trẻ em',
  'Tôi nộp hồ sơ đăng ký khai sinh cho con tại UBND xã từ ngày 04/3 nhưng đến nay chưa nhận được kết quả, cán bộ tư pháp hẹn nhiều lần.',
  'Theo Luật Hộ tịch 2014, việc đăng ký khai sinh được giải quyết ngay trong ngày nhận đủ hồ sơ. Sở Tư pháp đã đề nghị UBND huyện kiểm tra, chấn chỉnh công chức tư pháp – hộ tịch của xã; kết quả đã được trả cho công dân ngày 14/3/2024.'),
 (3,'TPHT','REGULATION_CONTENT','2024-05-20','Yêu cầu nộp bản sao giấy tờ khi đăng ký kết hôn',
  'Khi đăng ký kết hôn, xã yêu cầu nộp bản sao sổ hộ khẩu dù sổ hộ khẩu đã bị bãi bỏ từ năm 2023. Đề nghị làm rõ thành phần hồ sơ TTHC này.',
  'Từ ngày 01/01/2023 sổ hộ khẩu không còn giá trị sử dụng. Thành phần hồ sơ thủ tục hành chính đăng ký kết hôn được khai thác từ Cơ sở dữ liệu quốc gia về dân cư; cơ quan đăng ký không được yêu cầu nộp thêm giấy tờ chứng minh nơi cư trú.'),
 (3,'TPHT','PROPOSAL','2025-02-18','Đề xuất liên thông đăng ký khai sinh, thường trú và cấp thẻ BHYT',
  'Đề nghị tỉnh triển khai liên thông ba thủ tục: đăng ký khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi trên Cổng DVCQG để người dân không phải đi lại nhiều lần.',
  'Sở Tư pháp ghi nhận kiến nghị. Nhóm thủ tục liên thông đã được cung cấp trên Cổng Dịch vụ công quốc gia; Sở sẽ phối hợp Công an tỉnh và BHXH tỉnh hướng dẫn UBND cấp xã thực hiện thống nhất trong năm 2025.'),
 (4,'NV','REGULATION_CONTENT','2024-07-02','Quy định về thời gian tập sự của công chức cấp xã',
  'Quy định tập sự 12 tháng đối với công chức cấp xã có trình độ đại học có còn phù hợp không? Đề nghị xem xét rút ngắn.',
  'Thời gian tập sự được quy định tại Nghị định của Chính phủ về tuyển dụng, sử dụng và quản lý công chức. Sở Nội vụ đã tổng hợp kiến nghị, báo cáo Bộ Nội vụ để xem xét khi sửa đổi văn bản quy phạm pháp luật (VBQPPL) có liên quan.'),
 (4,'NV','CONDUCT','2025-04-08','Thái độ của công chức tại Bộ phận Một cửa huyện',
  'Khi nộp hồ sơ tại BPMC huyện, công chức tiếp nhận có thái độ thiếu tôn trọng, không hướng dẫn đầy đủ mà yêu cầu tôi tự tìm hiểu trên mạng.',
  'Sở Nội vụ đã phối hợp UBND huyện xác minh; công chức liên quan đã bị nhắc nhở, kiểm điểm theo quy định về văn hóa công vụ. UBND huyện cam kết niêm yết đầy đủ TTHC và bố trí người hướng dẫn tại Trung tâm Phục vụ hành chính công.'),
 (4,'NV','PROPOSAL','2026-01-15','Kiến nghị công khai kết quả chấm điểm CCHC của các sở',
  'Đề nghị công khai chi tiết điểm cải cách hành chính (CCHC) của từng sở, ngành và UBND cấp huyện để người dân theo dõi.',
  'Kết quả xác định Chỉ số cải cách hành chính năm 2025 của các sở, ngành và UBND cấp huyện đã được công bố trên Cổng thông tin điện tử tỉnh, kèm điểm từng lĩnh vực thành phần.'),
 (5,'LDTBXH','CONDUCT','2023-10-10','Chậm chi trả trợ cấp xã hội hằng tháng',
  'Mẹ tôi thuộc diện hưởng trợ cấp xã hội hằng tháng nhưng ba tháng nay chưa được chi trả, UBND xã không giải thích lý do.',
  'Việc chậm chi trả do thay đổi đơn vị chi trả qua tài khoản. Sở đã chỉ đạo Phòng Lao động – Thương binh và Xã hội huyện chi trả bù đủ ba tháng trong tháng 10/2023 và thông báo công khai lịch chi trả tại UBND xã.'),
 (5,'LDTBXH','REGULATION_CONTENT','2024-09-03','Điều kiện hưởng chính sách đối với người khuyết tật nặng',
  'Hồ sơ xác định mức độ khuyết tật yêu cầu giấy tờ phức tạp, người khuyết tật nặng khó tự đi làm thủ tục. Đề nghị đơn giản hóa TTHC.',
  'Theo quy định hiện hành, Hội đồng xác định mức độ khuyết tật cấp xã có trách nhiệm tổ chức xác định tại nhà đối với người không thể đến trụ sở. Sở sẽ hướng dẫn UBND cấp xã thực hiện đúng và đề xuất cắt giảm thành phần hồ sơ không cần thiết.'),
 (6,'TNMT','CONDUCT','2023-06-21','Chậm cấp giấy chứng nhận quyền sử dụng đất lần đầu',
  'Hồ sơ cấp giấy chứng nhận quyền sử dụng đất lần đầu của gia đình tôi nộp tại Văn phòng đăng ký đất đai đã quá hạn 20 ngày mà chưa có kết quả.',
  'Qua kiểm tra, hồ sơ bị chậm do phải xác minh nguồn gốc đất với UBND xã. Sở Tài nguyên và Môi trường đã yêu cầu Chi nhánh Văn phòng đăng ký đất đai xin lỗi công dân bằng văn bản và trả kết quả trong 05 ngày làm việc.'),
 (6,'TNMT','REGULATION_CONTENT','2024-11-25','Hạn mức công nhận đất ở tại khu vực nông thôn',
  'Quy định hạn mức công nhận đất ở của tỉnh chưa phù hợp với thực tế các hộ gia đình nhiều thế hệ ở vùng cao. Đề nghị điều chỉnh.',
  'Sở đã tổng hợp ý kiến trong quá trình xây dựng quyết định quy định hạn mức theo Luật Đất đai 2024; hạn mức tại các xã vùng cao đã được điều chỉnh tăng trong quyết định mới của UBND tỉnh.'),
 (6,'TNMT','PROPOSAL','2025-08-12','Đề nghị số hóa hồ sơ địa chính để tra cứu trực tuyến',
  'Đề nghị số hóa hồ sơ địa chính và cho phép tra cứu thông tin thửa đất qua dịch vụ công trực tuyến (DVCTT).',
  'Tỉnh đang xây dựng cơ sở dữ liệu (CSDL) đất đai; đến hết năm 2025 đã hoàn thành tại 6/12 huyện. Dịch vụ cung cấp thông tin đất đai trực tuyến sẽ được triển khai trên Cổng dịch vụ công của tỉnh.'),
 (7,'XD','CONDUCT','2024-01-30','Yêu cầu bổ sung hồ sơ cấp phép xây dựng nhiều lần',
  'Hồ sơ xin giấy phép xây dựng nhà ở riêng lẻ bị yêu cầu bổ sung ba lần, mỗi lần một nội dung khác nhau.',
  'Theo quy định, cơ quan cấp phép chỉ được yêu cầu bổ sung hồ sơ một lần. Sở Xây dựng đã chấn chỉnh Phòng Quản lý đô thị huyện và yêu cầu hướng dẫn đầy đủ ngay từ lần tiếp nhận đầu tiên.'),
 (7,'XD','REGULATION_CONTENT','2025-03-17','Thủ tục cấp giấy phép xây dựng nhà ở nông thôn',
  'Nhà ở nông thôn có phải xin giấy phép xây dựng không? Quy định hiện nay chưa rõ ràng đối với xã đã có quy hoạch chung.',
  'Nhà ở riêng lẻ tại khu vực nông thôn không thuộc khu vực có quy hoạch chi tiết được miễn giấy phép xây dựng theo Luật Xây dựng. Sở Xây dựng đã ban hành văn bản hướng dẫn UBND cấp xã áp dụng thống nhất.'),
 (8,'GTVT','CONDUCT','2023-08-14','Chậm đổi giấy phép lái xe trên dịch vụ công',
  'Tôi nộp hồ sơ đổi giấy phép lái xe qua dịch vụ công trực tuyến đã quá hạn nhưng hệ thống vẫn báo đang xử lý.',
  'Hồ sơ chậm do lỗi đồng bộ giữa hệ thống cấp giấy phép lái xe và Cổng dịch vụ công. Sở Giao thông vận tải đã xử lý, trả kết quả và bổ sung quy trình kiểm tra hồ sơ trực tuyến tồn đọng hằng ngày.'),
 (8,'GTVT','PROPOSAL','2024-06-05','Đề xuất lắp biển báo tại đoạn đường đèo nguy hiểm',
  'Đề nghị lắp đặt biển báo và gương cầu lồi tại đoạn đèo qua xã, nơi thường xảy ra tai nạn giao thông.',
  'Sở đã khảo sát hiện trường và bổ sung biển báo nguy hiểm, gương cầu lồi, sơn vạch giảm tốc tại đoạn đèo trong tháng 7/2024.'),
 (9,'TPHT','CONDUCT','2024-04-22','Chứng thực bản sao thu phí cao hơn quy định',
  'Tại UBND thị trấn, tôi bị thu phí chứng thực bản sao cao hơn mức phí được niêm yết.',
  'UBND huyện Phù Yên đã kiểm tra, yêu cầu hoàn trả số tiền thu sai cho công dân và niêm yết công khai mức phí chứng thực theo Thông tư của Bộ Tài chính tại Bộ phận Một cửa.'),
 (9,'TNMT','CONDUCT','2025-06-30','Chậm giải quyết hồ sơ chuyển mục đích sử dụng đất',
  'Hồ sơ chuyển mục đích sử dụng đất vườn sang đất ở nộp tại huyện đã hơn hai tháng chưa được giải quyết.',
  'Hồ sơ phải chờ điều chỉnh kế hoạch sử dụng đất hằng năm của huyện. UBND huyện đã thông báo bằng văn bản lý do chậm cho người nộp và giải quyết xong sau khi kế hoạch được phê duyệt.'),
 (9,'LDTBXH','REGULATION_CONTENT','2026-02-09','Hồ sơ đề nghị hỗ trợ hộ nghèo làm nhà ở',
  'Quy định về hồ sơ đề nghị hỗ trợ hộ nghèo làm nhà ở yêu cầu nhiều xác nhận của thôn, xã, gây khó khăn cho người dân.',
  'UBND huyện đã rà soát, đề nghị UBND tỉnh bãi bỏ yêu cầu xác nhận của trưởng thôn trong thành phần hồ sơ; việc xác nhận do UBND xã thực hiện trên cơ sở danh sách hộ nghèo đã được phê duyệt.'),
 (9,'GDDT','PROPOSAL','2024-08-19','Đề nghị tuyển sinh đầu cấp trực tuyến',
  'Đề nghị cho phép phụ huynh đăng ký tuyển sinh lớp 1 và lớp 6 trực tuyến, không phải nộp hồ sơ giấy.',
  'Từ năm học 2024–2025, huyện triển khai tuyển sinh đầu cấp trực tuyến tại các trường trung tâm; dữ liệu học sinh được khai thác từ CSDL ngành giáo dục và CSDL dân cư.'),
 (10,'TPHT','CONDUCT','2023-12-04','Cán bộ hộ tịch yêu cầu giấy tờ không có trong quy định',
  'Khi đăng ký khai tử cho ông nội, cán bộ hộ tịch xã yêu cầu nộp giấy xác nhận của trưởng bản.',
  'Giấy xác nhận của trưởng bản không thuộc thành phần hồ sơ đăng ký khai tử. UBND huyện Mộc Châu đã yêu cầu UBND xã chấm dứt việc yêu cầu giấy tờ ngoài quy định và tổ chức tập huấn cho công chức tư pháp – hộ tịch.'),
 (10,'XD','REGULATION_CONTENT','2024-10-14','Quy định khoảng lùi xây dựng trên trục đường chính',
  'Quy định khoảng lùi công trình trên trục đường chính của thị trấn chưa được công bố rõ, người dân không biết để xây dựng.',
  'Quy định quản lý theo đồ án quy hoạch đã được niêm yết tại UBND thị trấn và đăng tải trên Cổng thông tin điện tử huyện; UBND huyện sẽ cắm mốc chỉ giới xây dựng trên thực địa trong năm 2025.'),
 (10,'TNMT','PROPOSAL','2025-10-06','Đề xuất thu gom rác thải tại các bản vùng cao',
  'Đề nghị bố trí điểm tập kết và lịch thu gom rác thải sinh hoạt tại các bản xa trung tâm.',
  'UBND huyện đã giao UBND các xã bố trí điểm tập kết rác tại bản, hợp đồng thu gom hai lần mỗi tuần từ tháng 11/2025.'),
 (10,'GDDT','CONDUCT','2026-03-02','Thu các khoản ngoài quy định đầu năm học',
  'Trường tiểu học thu nhiều khoản đóng góp đầu năm học không có trong danh mục được phép thu.',
  'Phòng Giáo dục và Đào tạo đã kiểm tra, yêu cầu nhà trường trả lại các khoản thu sai quy định và công khai các khoản thu theo hướng dẫn của UBND tỉnh.'),
 (11,'TPHT','CONDUCT','2024-02-26','Chậm chứng thực hợp đồng chuyển nhượng đất tại xã',
  'UBND xã Quang Huy hẹn ba ngày mới chứng thực hợp đồng chuyển nhượng quyền sử dụng đất dù hồ sơ đầy đủ.',
  'Theo quy định, hợp đồng được chứng thực trong ngày tiếp nhận hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ. UBND xã đã rút kinh nghiệm và bố trí lịch trực chứng thực hằng ngày.'),
 (12,'TPHT','PROPOSAL','2025-05-12','Đề nghị trả kết quả hộ tịch qua dịch vụ bưu chính',
  'Đề nghị UBND xã Huy Đông trả kết quả đăng ký hộ tịch qua dịch vụ bưu chính công ích cho người ở xa.',
  'UBND xã đã triển khai tiếp nhận hồ sơ và trả kết quả TTHC qua dịch vụ bưu chính công ích theo Quyết định 45/2016/QĐ-TTg; người dân đăng ký khi nộp hồ sơ.'),
 (13,'TPHT','CONDUCT','2025-09-23','Không tiếp nhận hồ sơ trực tuyến tại xã',
  'UBND xã Đông Sang từ chối hồ sơ đăng ký khai sinh nộp trực tuyến, yêu cầu đến trực tiếp.',
  'UBND huyện đã yêu cầu UBND xã tiếp nhận và giải quyết hồ sơ trực tuyến theo quy định; công chức liên quan đã được nhắc nhở và tập huấn sử dụng hệ thống dịch vụ công.'),
 (2,'KHAC','REGULATION_CONTENT','2023-05-15','Thời hạn trả lời phản ánh, kiến nghị về quy định hành chính',
  'Thời hạn cơ quan nhà nước phải trả lời phản ánh, kiến nghị của người dân về quy định hành chính là bao lâu?',
  'Theo Nghị định 20/2008/NĐ-CP về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính (sửa đổi bởi Nghị định 48/2013/NĐ-CP và Nghị định 92/2017/NĐ-CP), phản ánh không thuộc thẩm quyền được chuyển trong 05 ngày làm việc; thời hạn trả lời được quy định tại quy chế của UBND tỉnh là 10 ngày làm việc kể từ ngày thụ lý.'),
 (2,'KHAC','CONDUCT','2024-12-16','Phản ánh không được tiếp nhận vì thiếu thông tin người gửi',
  'Tôi gửi phản ánh qua cổng thông tin nhưng bị từ chối tiếp nhận. Vì sao?',
  'Theo Điều 7 Nghị định 20/2008/NĐ-CP, phản ánh, kiến nghị phải sử dụng tiếng Việt, ghi rõ nội dung, tên, địa chỉ, số điện thoại hoặc địa chỉ thư tín của người gửi. Văn phòng UBND tỉnh đã hướng dẫn công dân bổ sung thông tin và gửi lại.'),
 (2,'KHAC','PROPOSAL','2025-07-21','Đề nghị công khai kết quả xử lý PAKN trên Cổng thông tin tỉnh',
  'Đề nghị công khai kết quả xử lý các phản ánh, kiến nghị để người dân khác tra cứu, tránh gửi trùng.',
  'Văn phòng UBND tỉnh đã công khai các câu trả lời phản ánh, kiến nghị (PAKN) đã xử lý trên Cổng thông tin điện tử tỉnh, có chức năng tìm kiếm theo cơ quan, lĩnh vực và năm, theo Điều 19 Nghị định 20/2008/NĐ-CP.'),
 (2,'KHAC','REGULATION_CONTENT','2026-04-06','Khiếu nại có được gửi qua hệ thống phản ánh, kiến nghị không',
  'Tôi muốn khiếu nại quyết định hành chính của UBND huyện, có gửi qua hệ thống này được không?',
  'Khiếu nại, tố cáo không thuộc phạm vi điều chỉnh của Nghị định 20/2008/NĐ-CP mà được giải quyết theo Luật Khiếu nại và Luật Tố cáo. Công dân gửi đơn khiếu nại đến cơ quan có thẩm quyền theo hướng dẫn tại Ban Tiếp công dân tỉnh.'),
 (2,'BHXH','CONDUCT','2024-03-28','Chậm giải quyết chế độ thai sản',
  'Hồ sơ hưởng chế độ thai sản của tôi nộp qua doanh nghiệp đã hơn một tháng chưa được BHXH huyện chi trả.',
  'Văn phòng UBND tỉnh đã chuyển BHXH tỉnh. BHXH tỉnh cho biết hồ sơ thiếu xác nhận của cơ sở y tế; đơn vị sử dụng lao động đã bổ sung và chế độ được chi trả ngày 05/4/2024.'),
 (2,'BHXH','PROPOSAL','2025-11-10','Đề nghị dùng CCCD thay thẻ BHYT khi khám chữa bệnh',
  'Đề nghị các cơ sở khám chữa bệnh trong tỉnh chấp nhận căn cước công dân thay thẻ bảo hiểm y tế giấy.',
  'Toàn bộ cơ sở khám chữa bệnh BHYT trong tỉnh đã tra cứu thông tin thẻ BHYT bằng căn cước công dân (CCCD) gắn chip hoặc ứng dụng VNeID; người dân không cần xuất trình thẻ BHYT giấy.'),
 (2,'THUE','REGULATION_CONTENT','2024-06-24','Thủ tục đăng ký thuế cho hộ kinh doanh mới',
  'Hộ kinh doanh mới thành lập có phải làm thủ tục đăng ký thuế riêng sau khi đăng ký kinh doanh không?',
  'Hộ kinh doanh đăng ký kinh doanh tại UBND cấp huyện được cấp mã số thuế theo cơ chế liên thông, không phải làm thủ tục đăng ký thuế riêng. Cơ quan thuế sẽ thông báo mã số thuế qua cơ quan đăng ký kinh doanh.'),
 (2,'KHDT','PROPOSAL','2023-09-18','Đề nghị rút ngắn thời gian cấp chủ trương đầu tư',
  'Doanh nghiệp kiến nghị rút ngắn thời gian chấp thuận chủ trương đầu tư dự án nông nghiệp công nghệ cao.',
  'UBND tỉnh đã ban hành quy trình nội bộ giải quyết TTHC chấp thuận chủ trương đầu tư, rút ngắn thời gian giải quyết từ 35 ngày xuống 25 ngày làm việc; hồ sơ được tiếp nhận tại Trung tâm Phục vụ hành chính công (TTPVHCC) tỉnh.'),
 (2,'CT','CONDUCT','2025-01-13','Chậm cấp giấy phép bán lẻ sản phẩm rượu',
  'Cửa hàng của tôi nộp hồ sơ cấp giấy phép bán lẻ rượu đã quá hạn 10 ngày.',
  'Phòng Kinh tế – Hạ tầng huyện đã trả kết quả và gửi văn bản xin lỗi do chậm thẩm định. UBND huyện yêu cầu theo dõi thời hạn giải quyết trên hệ thống một cửa điện tử.'),
 (2,'VHTT','REGULATION_CONTENT','2024-04-15','Thủ tục thông báo tổ chức lễ hội truyền thống',
  'Lễ hội truyền thống của bản hằng năm có phải xin phép hay chỉ thông báo?',
  'Lễ hội truyền thống tổ chức định kỳ chỉ thực hiện thủ tục thông báo với UBND cấp xã trước ngày tổ chức theo Nghị định 110/2018/NĐ-CP; không phải xin phép.'),
 (2,'NNPTNT','PROPOSAL','2025-12-01','Đề nghị hỗ trợ chứng nhận VietGAP cho hợp tác xã',
  'Hợp tác xã đề nghị được hướng dẫn và hỗ trợ kinh phí chứng nhận VietGAP cho sản phẩm chè và cà phê.',
  'Sở Nông nghiệp và Phát triển nông thôn hướng dẫn hợp tác xã lập hồ sơ đề nghị hỗ trợ theo Nghị quyết của HĐND tỉnh về chính sách hỗ trợ phát triển nông nghiệp; hồ sơ nộp tại TTPVHCC tỉnh.'),
 (2,'CA','CONDUCT','2026-05-04','Chậm cấp căn cước cho người cao tuổi',
  'Ông tôi 85 tuổi đã làm thủ tục cấp căn cước từ ba tháng trước nhưng chưa nhận được thẻ.',
  'Công an tỉnh đã kiểm tra, thẻ căn cước bị chậm do sai sót thông tin khi thu nhận. Công an huyện đã thu nhận lại tại nhà và trả thẻ cho công dân ngày 28/4/2026.'),
 (2,'KHAC','REGULATION_CONTENT','2026-06-15','Sử dụng dịch vụ công trực tuyến toàn trình',
  'Những thủ tục nào có thể làm dịch vụ công trực tuyến toàn trình không phải đến cơ quan nhà nước?',
  'Danh mục dịch vụ công trực tuyến toàn trình của tỉnh được công bố trên Cổng dịch vụ công tỉnh và Cổng Dịch vụ công quốc gia (DVCQG); người dân nộp hồ sơ, thanh toán phí và nhận kết quả điện tử mà không phải đến Bộ phận Một cửa.'),
]
def q(s): return "'" + s.replace("'", "''") + "'"
rows = []
for i, (ag, f, k, d, t, qu, an) in enumerate(A, start=1):
    rows.append(f"  ({i}, {ag}, {q(f)}, {q(k)}, {q(t)}, {q(qu)}, {q(an)}, cast({q(d + ' 09:00:00+07:00')} as timestamp with time zone))")
sql = """-- Demo data for the embedded default only: published answers, so search works on a fresh start.
-- Generated by docs/demo_answers.py; ids below 1000 (the sequence starts there). Idempotent.
insert into public_answer (id, version, agency_id, field_code, kind, title, question, answer,
  published, published_at, published_by)
select v.id, 1, v.agency_id, v.field_code, v.kind, v.title, v.question, v.answer, true, v.published_at, 'demo'
from (values
""" + ",\n".join(rows) + """
) as v (id, agency_id, field_code, kind, title, question, answer, published_at)
where not exists (select 1 from public_answer a where a.id = v.id);

-- each demo answer is a step of the publication sequence, after any already there
insert into publication_change (seq, answer_id, change, changed_at, changed_by)
select c.last_seq + a.id, a.id, 'PUBLISHED', a.published_at, 'demo'
from public_answer a, publication_counter c
where c.id = 1 and a.id < 1000
  and not exists (select 1 from publication_change x where x.answer_id = a.id);

update publication_counter set last_seq = (select coalesce(max(seq), 0) from publication_change)
where id = 1;
"""
open('src/main/resources/db/demo/R__demo_published_answers.sql', 'w').write(sql)
print(len(A), 'answers')
