package vn.pakn.notifications.control;

/** How the connection to the SMTP server is protected. */
public enum TlsMode {
  /** Plain SMTP, e.g. a relay on the same host (usually port 25). */
  NONE,
  /** SMTP upgraded with STARTTLS, refused if the server does not offer it (usually port 587). */
  STARTTLS,
  /** SMTP inside TLS from the first byte (usually port 465). */
  SMTPS
}
