package vn.pakn.petitions.entity;

/** What a petition is about: its kind, field, the regulation or procedure concerned, the text. */
public record PetitionContent(
    PetitionKind kind,
    PetitionSubKind subKind,
    String fieldCode,
    String procedure,
    String procedureCode,
    String legalDocument,
    String title,
    String content) {}
