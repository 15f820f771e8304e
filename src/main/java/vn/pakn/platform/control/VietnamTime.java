package vn.pakn.platform.control;

import java.time.ZoneId;

/**
 * Vietnam's civil time (UTC+7, no daylight saving): the zone of every working day, deadline, report
 * period and date shown to a person.
 */
public final class VietnamTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private VietnamTime() {}
}
