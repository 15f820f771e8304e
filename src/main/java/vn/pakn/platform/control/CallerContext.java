package vn.pakn.platform.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;
import java.util.UUID;

/** Who is calling in this request: the correlation id and the language answers are written in. */
@RequestScoped
public class CallerContext {

  private String correlationId = UUID.randomUUID().toString();
  private Locale locale = Messages.VIETNAMESE;

  public String correlationId() {
    return correlationId;
  }

  public Locale locale() {
    return locale;
  }

  public Messages messages() {
    return Messages.of(locale);
  }

  public void begin(String correlationId, Locale locale) {
    this.correlationId = correlationId;
    this.locale = locale;
  }
}
