package vn.pakn.officers.entity;

/** What an officer may do (domain brief §1). */
public enum Role {
  /** Cán bộ tiếp nhận: registers, classifies, accepts or rejects, transfers. */
  RECEIVER,
  /** Cán bộ xử lý: drafts answers, asks for extensions and information. */
  HANDLER,
  /** Lãnh đạo: assigns, approves answers and extensions, reopens. */
  LEADER,
  /** Cán bộ cải cách hành chính: surveys, scores, reports. */
  REFORM,
  /** Quản trị: agencies, officers, calendar. */
  ADMIN
}
