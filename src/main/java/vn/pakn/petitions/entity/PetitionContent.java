package vn.pakn.petitions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What a petition is about (Decree 20/2008/NĐ-CP Art. 5, 7): its kind, field, the regulation or
 * procedure concerned, the title and text. A value: classifying a petition replaces it.
 */
@Embeddable
public class PetitionContent {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private PetitionKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "sub_kind", length = 24)
  private PetitionSubKind subKind;

  @Column(name = "field_code", nullable = false, length = 32)
  private String fieldCode;

  @Column(name = "procedure_text", length = 500)
  private String procedure;

  @Column(name = "procedure_code", length = 64)
  private String procedureCode;

  @Column(name = "legal_document", length = 100)
  private String legalDocument;

  @Column(nullable = false, length = 250)
  private String title;

  @Column(nullable = false, length = 20000)
  private String content;

  protected PetitionContent() {}

  public PetitionContent(
      PetitionKind kind,
      PetitionSubKind subKind,
      String fieldCode,
      String procedure,
      String procedureCode,
      String legalDocument,
      String title,
      String content) {
    this.kind = kind;
    this.subKind = subKind;
    this.fieldCode = fieldCode;
    this.procedure = procedure;
    this.procedureCode = procedureCode;
    this.legalDocument = legalDocument;
    this.title = title;
    this.content = content;
  }

  /** The same content as an officer classified it (Art. 9). */
  PetitionContent classifiedAs(PetitionKind kind, PetitionSubKind subKind, String fieldCode) {
    return new PetitionContent(
        kind, subKind, fieldCode, procedure, procedureCode, legalDocument, title, content);
  }

  public PetitionKind kind() {
    return kind;
  }

  public PetitionSubKind subKind() {
    return subKind;
  }

  public String fieldCode() {
    return fieldCode;
  }

  public String procedure() {
    return procedure;
  }

  public String procedureCode() {
    return procedureCode;
  }

  public String legalDocument() {
    return legalDocument;
  }

  public String title() {
    return title;
  }

  public String content() {
    return content;
  }
}
