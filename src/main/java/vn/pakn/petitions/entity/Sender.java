package vn.pakn.petitions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Who filed the petition. Decree 20 Art. 7 requires the name, the address and a phone number or a
 * mailing address; email and (for businesses) tax code are optional. Personal data: never published
 * unless the sender opted in to show the name (Decree 13/2023/NĐ-CP).
 */
@Embeddable
public class Sender {

  @Enumerated(EnumType.STRING)
  @Column(name = "sender_type", nullable = false, length = 16)
  private SenderType type;

  @Column(name = "sender_name", nullable = false, length = 200)
  private String name;

  @Column(name = "sender_address", nullable = false, length = 500)
  private String address;

  @Column(name = "sender_phone", length = 32)
  private String phone;

  @Column(name = "sender_mailing_address", length = 500)
  private String mailingAddress;

  @Column(name = "sender_email", length = 254)
  private String email;

  @Column(name = "sender_tax_code", length = 14)
  private String taxCode;

  /** The sender chose to get text messages (SMS) at {@link #mobile()}. */
  @Column(name = "sender_texts", nullable = false)
  private boolean texts;

  /** The phone as a Vietnamese mobile number in E.164, when texts go to it. */
  @Column(name = "sender_mobile", length = 16)
  private String mobile;

  protected Sender() {}

  public Sender(
      SenderType type,
      String name,
      String address,
      String phone,
      String mailingAddress,
      String email,
      String taxCode) {
    this.type = type;
    this.name = name;
    this.address = address;
    this.phone = phone;
    this.mailingAddress = mailingAddress;
    this.email = email;
    this.taxCode = taxCode;
  }

  /** The same sender, who gets text messages at this mobile number (E.164). */
  public Sender withTextsTo(String e164) {
    Sender copy = new Sender(type, name, address, phone, mailingAddress, email, taxCode);
    copy.texts = e164 != null;
    copy.mobile = e164;
    return copy;
  }

  /** The mobile number texts go to, when the sender chose texts. */
  public java.util.Optional<String> textsTo() {
    return texts ? java.util.Optional.ofNullable(mobile) : java.util.Optional.empty();
  }

  public SenderType type() {
    return type;
  }

  public String name() {
    return name;
  }

  public String address() {
    return address;
  }

  public String phone() {
    return phone;
  }

  public String mailingAddress() {
    return mailingAddress;
  }

  public String email() {
    return email;
  }

  public String taxCode() {
    return taxCode;
  }
}
