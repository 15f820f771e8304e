package vn.pakn.deadlines.entity;

/**
 * The stages of a petition that have a legal time (Decree 20/2008/NĐ-CP Art. 9, 14), each with its
 * own clock.
 */
public enum Stage {
  /** Receive and register (tiếp nhận, vào sổ). */
  REGISTRATION,
  /** Study, classify and decide to accept, reject or transfer (nghiên cứu, phân loại). */
  CLASSIFICATION,
  /** Transfer a petition outside the agency's competence to the competent one. */
  TRANSFER,
  /** Answer an accepted petition (xử lý, trả lời). */
  ANSWER,
  /** The leader approves the drafted answer (lãnh đạo duyệt). */
  APPROVAL
}
