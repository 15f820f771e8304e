package vn.pakn.petitions.entity;

/**
 * How a petition arrived (Decree 20 Art. 6–7). Everything but {@code WEB} is keyed in by a
 * receiving officer (Decision 31/2021/QĐ-TTg Art. 43.2).
 */
public enum Channel {
  WEB,
  LETTER,
  PHONE,
  EMAIL,
  DESK;

  public boolean keyedInByOfficer() {
    return this != WEB;
  }
}
