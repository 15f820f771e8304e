package vn.pakn.documents.control;

import java.time.LocalDate;

/**
 * What an answer letter says, in the parts of an administrative letter (công văn) of Decree
 * 30/2020/NĐ-CP, Annex I: the governing and issuing agency, number, place and date, subject,
 * recipient, body, and the signer's title and name.
 *
 * @param governingAgency the agency above the issuer (cơ quan chủ quản), or {@code null}
 * @param trackingCode the petition the letter answers, printed as its reference
 */
public record AnswerLetter(
    String governingAgency,
    String issuingAgency,
    String number,
    String place,
    LocalDate date,
    String subject,
    String recipient,
    String body,
    String signerTitle,
    String signerName,
    String trackingCode) {}
