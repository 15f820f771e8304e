package vn.pakn.publication.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What the petition tells us about the people it concerns: the sender's own data from the form,
 * names (and addresses) of third parties an officer adds while reviewing, and whether the sender
 * opted in to show their name. Blank values are ignored.
 */
public record KnownPersonalData(
    String senderName,
    String address,
    String phone,
    String email,
    String taxCode,
    List<String> otherNames,
    List<String> otherAddresses,
    boolean showSenderName) {

  public static final KnownPersonalData NONE =
      new KnownPersonalData(null, null, null, null, null, List.of(), List.of(), false);

  public KnownPersonalData {
    otherNames = clean(otherNames);
    otherAddresses = clean(otherAddresses);
  }

  public static KnownPersonalData ofSender(
      String senderName, String address, String phone, String email) {
    return new KnownPersonalData(
        senderName, address, phone, email, null, List.of(), List.of(), false);
  }

  public KnownPersonalData withTaxCode(String code) {
    return new KnownPersonalData(
        senderName, address, phone, email, code, otherNames, otherAddresses, showSenderName);
  }

  /** Adds the name of a third party (a relative, an official, a neighbour) to hide. */
  public KnownPersonalData withOtherName(String name) {
    var names = new ArrayList<>(otherNames);
    names.add(name);
    return new KnownPersonalData(
        senderName, address, phone, email, taxCode, names, otherAddresses, showSenderName);
  }

  public KnownPersonalData withOtherAddress(String other) {
    var addresses = new ArrayList<>(otherAddresses);
    addresses.add(other);
    return new KnownPersonalData(
        senderName, address, phone, email, taxCode, otherNames, addresses, showSenderName);
  }

  /** The sender's explicit, separate consent to show their name (Decree 13/2023/NĐ-CP Art. 11). */
  public KnownPersonalData withSenderNameShown(boolean shown) {
    return new KnownPersonalData(
        senderName, address, phone, email, taxCode, otherNames, otherAddresses, shown);
  }

  /** The names to hide: the sender's unless they opted in, and every third party's. */
  List<String> namesToHide() {
    var own = showSenderName || blank(senderName) ? Stream.<String>empty() : Stream.of(senderName);
    return Stream.concat(own, otherNames.stream()).toList();
  }

  List<String> addressesToHide() {
    var own = blank(address) ? Stream.<String>empty() : Stream.of(address);
    return Stream.concat(own, otherAddresses.stream()).toList();
  }

  private static List<String> clean(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().filter(Objects::nonNull).filter(v -> !v.isBlank()).toList();
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
