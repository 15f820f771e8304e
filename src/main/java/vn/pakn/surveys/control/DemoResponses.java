package vn.pakn.surveys.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import vn.pakn.agencies.entity.Agency;
import vn.pakn.platform.control.DatabaseMigrations;
import vn.pakn.platform.control.VietnamTime;
import vn.pakn.surveys.control.ResponseValidator.Answers;
import vn.pakn.surveys.control.SurveyDefinition.Level;
import vn.pakn.surveys.control.SurveyDefinition.Question;
import vn.pakn.surveys.entity.ParEntry;
import vn.pakn.surveys.entity.PendingRollup;
import vn.pakn.surveys.entity.SurveyResponse;
import vn.pakn.surveys.entity.SurveyResponse.Channel;
import vn.pakn.surveys.entity.SurveyResponse.Grouping;

/**
 * Demo responses, only with the demo data (never on a configured production database) and only into
 * an empty response table: for the departments of the demo province, over the last 120 days, kiosk,
 * desk-evaluation and SIPAS responses (mostly official, a few without a code), and entered PAR
 * points for the current year, so that the scores and PAR pages show figures on a fresh start. The
 * seed is fixed, so every fresh start shows the same figures.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigrations", "LoadedSurveys", "ScoreRollups"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoResponses {

  private static final Logger LOG = Logger.getLogger(DemoResponses.class.getName());
  static final int DAYS = 120;

  @Inject DatabaseMigrations migrations;
  @Inject LoadedSurveys surveys;
  @Inject ScoreRollups rollups;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction transaction;

  /** The responses in one transaction, then into the roll-ups (the scores show them at once). */
  @PostConstruct
  void create() {
    if (!migrations.demoEnabled()) {
      return;
    }
    boolean generated;
    try {
      transaction.begin();
      generated = generateAll();
      transaction.commit();
    } catch (Exception e) {
      try {
        transaction.rollback();
      } catch (Exception ignored) {
        // already rolled back
      }
      throw new IllegalStateException("demo survey responses: " + e.getMessage(), e);
    }
    if (generated) {
      rollups.refresh();
    }
  }

  private boolean generateAll() {
    long existing =
        ((Number) em.createNativeQuery("select count(*) from survey_response").getSingleResult())
            .longValue();
    if (existing > 0) {
      return false;
    }
    List<Agency> agencies =
        em.createNamedQuery(Agency.ALL, Agency.class).getResultList().stream()
            .filter(a -> a.level() == Agency.Level.DEPARTMENT || "SL-VP".equals(a.code()))
            .limit(10)
            .toList();
    Random random = new Random(20261121L);
    LocalDate today = LocalDate.now(VietnamTime.ZONE);
    int count = 0;
    for (Agency agency : agencies) {
      double satisfaction = 0.62 + random.nextDouble() * 0.33;
      count += generate(agency, "kiosk", 40 + random.nextInt(30), satisfaction, random, today);
      count +=
          generate(agency, "desk-evaluation", 20 + random.nextInt(15), satisfaction, random, today);
      count += generate(agency, "sipas", 15 + random.nextInt(15), satisfaction, random, today);
      enterPar(agency, today.getYear(), random);
    }
    int generated = count;
    LOG.info(() -> "demo survey responses: " + generated + " for " + agencies.size() + " agencies");
    return true;
  }

  private int generate(
      Agency agency, String surveyId, int n, double satisfaction, Random random, LocalDate today) {
    SurveyDefinition definition = surveys.definitions().latest(surveyId).orElseThrow();
    for (int i = 0; i < n; i++) {
      Map<String, Integer> ratings = new HashMap<>();
      for (Question q : definition.questions()) {
        List<Level> levels = definition.scaleOf(q).levels();
        boolean satisfied = random.nextDouble() < satisfaction;
        List<Level> pool = levels.stream().filter(l -> l.satisfied() == satisfied).toList();
        ratings.put(q.id(), pool.get(random.nextInt(pool.size())).value());
      }
      var answers = new Answers(ratings, java.util.Optional.empty());
      OffsetDateTime at =
          today
              .minusDays(random.nextInt(DAYS))
              .atTime(7 + random.nextInt(10), random.nextInt(60))
              .atZone(VietnamTime.ZONE)
              .toOffsetDateTime();
      boolean official = random.nextDouble() < 0.9;
      Integer points =
          definition.deskScoring().isPresent() ? DeskScore.of(definition, answers).total() : null;
      var response =
          new SurveyResponse(
              definition.id(),
              definition.version(),
              official,
              "kiosk".equals(surveyId) ? Channel.KIOSK : Channel.LINK,
              null,
              null,
              new Grouping(agency.id(), "Quầy " + (1 + random.nextInt(3)), "", null, null),
              at,
              at.atZoneSameInstant(VietnamTime.ZONE).toLocalDate(),
              at,
              points,
              false,
              null,
              ratings);
      em.persist(response);
      em.persist(new PendingRollup(response.id()));
    }
    return n;
  }

  private void enterPar(Agency agency, int year, Random random) {
    ParScheme scheme = surveys.schemes().forYear(year).orElse(null);
    if (scheme == null) {
      return;
    }
    for (ParScheme.Item item : scheme.items()) {
      if (item.source() != ParScheme.Source.ENTERED) {
        continue;
      }
      BigDecimal share = BigDecimal.valueOf(0.65 + random.nextDouble() * 0.35);
      var entry = new ParEntry(agency.id(), String.valueOf(year), item.id());
      entry.set(
          item.maxPoints().multiply(share).setScale(2, RoundingMode.HALF_UP),
          "demo",
          OffsetDateTime.now());
      em.persist(entry);
    }
  }
}
