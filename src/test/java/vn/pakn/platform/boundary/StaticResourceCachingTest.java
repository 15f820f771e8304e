package vn.pakn.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaticResourceCachingTest {

  @Test
  void filesWhoseAddressCarriesTheirVersionAreKeptAYear() {
    assertThat(StaticResourceCaching.cacheControl("/webjars/lit/3.3.1/index.js", null))
        .isEqualTo(StaticResourceCaching.YEAR);
    assertThat(StaticResourceCaching.cacheControl("/css/pakn.css", "v=1a2b3c4d5e6f"))
        .isEqualTo(StaticResourceCaching.YEAR);
    assertThat(StaticResourceCaching.cacheControl("/js/inbox.js", "x=1&v=0123456789ab"))
        .isEqualTo(StaticResourceCaching.YEAR);
  }

  @Test
  void everythingElseIsRevalidated() {
    assertThat(StaticResourceCaching.cacheControl("/theo-doi.html", null)).isEqualTo("no-cache");
    assertThat(StaticResourceCaching.cacheControl("/js/i18n.js", null)).isEqualTo("no-cache");
    assertThat(StaticResourceCaching.cacheControl("/css/pakn.css", "v=abc")).isEqualTo("no-cache");
    assertThat(StaticResourceCaching.cacheControl("/tra-loi.html", "id=12")).isEqualTo("no-cache");
  }
}
