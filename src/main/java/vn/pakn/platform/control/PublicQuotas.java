package vn.pakn.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How much the public may write: at most {@code pakn.public.perAddressPerHour} filings an hour from
 * one network address and {@code pakn.public.perContactPerDay} a day for one sender's phone number
 * or mail address, on each node. Officers and machine clients with tokens are not counted; callers
 * decide that. Over the limit: 429 with {@code Retry-After}, nothing stored.
 */
@ApplicationScoped
public class PublicQuotas {

  @Inject
  @ConfigProperty(name = "pakn.public.perAddressPerHour", defaultValue = "30")
  int perAddressPerHour;

  @Inject
  @ConfigProperty(name = "pakn.public.perContactPerDay", defaultValue = "10")
  int perContactPerDay;

  Clock clock = Clock.systemUTC();
  private final QuotaWindow byAddress = new QuotaWindow(Duration.ofHours(1));
  private final QuotaWindow byContact = new QuotaWindow(Duration.ofDays(1));

  /**
   * Counts one public filing.
   *
   * @param contacts the sender's phone number and mail address, either may be null
   * @throws ProblemException 429 when the address or a contact has used up its allowance
   */
  public void spend(String address, String... contacts) {
    Instant now = clock.instant();
    if (address != null && !byAddress.spend(address, perAddressPerHour, now)) {
      throw tooMany(byAddress.secondsLeft(now));
    }
    for (String contact : contacts) {
      if (contact != null && !byContact.spend(contactKey(contact), perContactPerDay, now)) {
        throw tooMany(byContact.secondsLeft(now));
      }
    }
  }

  /** Arguments: the seconds to wait (for {@code Retry-After}) and the minutes (for people). */
  private static ProblemException tooMany(long seconds) {
    return new ProblemException(429, "too-many-filings", seconds, (seconds + 59) / 60);
  }

  /** One key per contact however it is written: digits of a phone number, a lower-case address. */
  static String contactKey(String contact) {
    if (contact.contains("@")) {
      return contact.strip().toLowerCase(Locale.ROOT);
    }
    String digits = contact.replaceAll("\\D", "");
    return digits.startsWith("84") && digits.length() > 9 ? "0" + digits.substring(2) : digits;
  }
}
