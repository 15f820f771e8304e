package vn.pakn.platform.control;

import java.io.IOException;

/** A request body grew past its limit while it was being read. */
public class PayloadTooLargeException extends IOException {

  public PayloadTooLargeException(long limit) {
    super("request body over " + limit + " bytes");
  }
}
