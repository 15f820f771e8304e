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
