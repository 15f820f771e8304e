package vn.pakn.publication.entity;

/** The redacted title, question and answer, exactly as the public will read them. */
public record PublicText(String title, String question, String answer) {}
