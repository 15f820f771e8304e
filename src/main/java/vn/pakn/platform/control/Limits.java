package vn.pakn.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Size limits of what the API accepts; configuration, with defaults fit for citizens' uploads. */
@ApplicationScoped
public class Limits {

  @Inject
  @ConfigProperty(name = "pakn.request.maxJsonBytes", defaultValue = "262144")
  long maxJsonBytes;

  @Inject
  @ConfigProperty(name = "pakn.attachments.maxBytes", defaultValue = "10485760")
  long maxAttachmentBytes;

  @Inject
  @ConfigProperty(name = "pakn.attachments.maxCount", defaultValue = "5")
  int maxAttachments;

  public long maxJsonBytes() {
    return maxJsonBytes;
  }

  public long maxAttachmentBytes() {
    return maxAttachmentBytes;
  }

  public int maxAttachments() {
    return maxAttachments;
  }

  /** The largest whole request: the JSON part, every attachment, and room for multipart framing. */
  public long maxRequestBytes() {
    return maxJsonBytes + maxAttachments * (maxAttachmentBytes + 16 * 1024);
  }
}
