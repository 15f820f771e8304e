package vn.pakn.platform.control;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider. {@code jakarta.json.Json}'s static methods look the provider up through
 * the class loader on every call, which costs a scan of every jar of the application per request;
 * this looks it up once.
 */
public final class Jsons {

  public static final JsonProvider JSON = JsonProvider.provider();

  private Jsons() {}
}
