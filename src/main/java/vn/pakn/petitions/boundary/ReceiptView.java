package vn.pakn.petitions.boundary;

import java.time.OffsetDateTime;
import vn.pakn.petitions.control.PetitionIntake.Receipt;
import vn.pakn.platform.control.Messages;

/** The answer to a filing: what the sender must keep to follow the petition. */
public record ReceiptView(
    String trackingCode,
    String accessKey,
    String status,
    String statusLabel,
    OffsetDateTime receivedAt,
    String followUrl,
    String message) {

  static ReceiptView of(Receipt receipt, Messages messages) {
    return new ReceiptView(
        receipt.trackingCode(),
        receipt.accessKey(),
        receipt.status().name(),
        messages.get("status." + receipt.status().name()),
        receipt.receivedAt(),
        "/theo-doi.html?code=" + receipt.trackingCode(),
        messages.get("receipt.message", receipt.trackingCode()));
  }
}
