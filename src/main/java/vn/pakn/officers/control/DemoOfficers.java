package vn.pakn.officers.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import vn.pakn.agencies.control.Agencies;
import vn.pakn.officers.entity.Officer;
import vn.pakn.officers.entity.Role;
import vn.pakn.platform.control.DatabaseMigrations;

/**
 * The demo accounts (password {@code demo}), created only with the demo data, i.e. never on a
 * configured production database: one per role at the provincial office, and a receiver, handler
 * and leader at the Department of Justice to try transfers.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class DemoOfficers {

  private static final Logger LOG = Logger.getLogger(DemoOfficers.class.getName());

  @Inject Agencies agencies;
  @Inject DatabaseMigrations migrations;
  @Inject Passwords passwords;
  @PersistenceContext EntityManager em;

  record Account(String username, String name, String agency, Set<Role> roles) {}

  static final Account[] ACCOUNTS = {
    new Account("receiver", "Nguyễn Văn Tiếp (tiếp nhận)", "SL-VP", EnumSet.of(Role.RECEIVER)),
    new Account("handler", "Trần Thị Xử (xử lý)", "SL-VP", EnumSet.of(Role.HANDLER)),
    new Account("leader", "Lê Văn Duyệt (lãnh đạo)", "SL-VP", EnumSet.of(Role.LEADER)),
    new Account("reform", "Phạm Thị Cải (cải cách hành chính)", "SL-SNV", EnumSet.of(Role.REFORM)),
    new Account("admin", "Quản trị hệ thống", "SL-VP", EnumSet.of(Role.ADMIN)),
    new Account("stp.receiver", "Đỗ Văn Nhận (Sở Tư pháp)", "SL-STP", EnumSet.of(Role.RECEIVER)),
    new Account("stp.handler", "Hoàng Thị Giải (Sở Tư pháp)", "SL-STP", EnumSet.of(Role.HANDLER)),
    new Account("stp.leader", "Vũ Văn Ký (Sở Tư pháp)", "SL-STP", EnumSet.of(Role.LEADER)),
  };

  @PostConstruct
  void create() {
    if (!migrations.demoEnabled()) {
      return;
    }
    String hash = null;
    int created = 0;
    for (Account account : ACCOUNTS) {
      boolean exists =
          !em.createNamedQuery(Officer.BY_USERNAME, Officer.class)
              .setParameter("username", account.username())
              .getResultList()
              .isEmpty();
      var agency = agencies.byCode(account.agency());
      if (exists || agency.isEmpty()) {
        continue;
      }
      hash = hash == null ? passwords.hash("demo") : hash;
      em.persist(
          new Officer(
              account.username(),
              account.name(),
              account.username() + "@demo.pakn.local",
              agency.get().id(),
              account.roles(),
              hash,
              OffsetDateTime.now()));
      created++;
    }
    if (created > 0) {
      LOG.info("demo officer accounts created: " + created + " (password: demo)");
    }
  }
}
